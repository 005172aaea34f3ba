"use client";

import { useQuery } from "@tanstack/react-query";
import { Search, X } from "lucide-react";
import { useEffect, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { GradeLetter } from "@/components/sources/reliability-badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import type { LibraryFilters, LibrarySort } from "@/lib/library-params";
import { RELIABILITY, RELIABILITY_GRADES } from "@/lib/scales";

const SORT_OPTIONS: { value: LibrarySort; label: string }[] = [
  { value: "relevance", label: "Best match" },
  { value: "attached", label: "Recently attached" },
  { value: "published", label: "Recently published" },
  { value: "title", label: "Title A–Z" },
];
const ALL = "all";

/** Search box and filters; every change goes to the URL through `onChange`. */
export function LibraryFilterBar({
  teamSlug,
  filters,
  onChange,
}: {
  teamSlug: string;
  filters: LibraryFilters;
  onChange: (next: LibraryFilters) => void;
}) {
  const trpc = useTRPC();
  const outlets = useQuery(trpc.sources.list.queryOptions({ teamSlug, kind: "outlet", limit: 100 }));
  const members = useQuery(trpc.teams.members.list.queryOptions({ teamSlug }));
  const tagList = useQuery(trpc.tags.list.queryOptions({ teamSlug }));
  const [q, setQ] = useState(filters.q ?? "");

  // Typing searches after a short pause; the URL is updated once, not per keystroke.
  useEffect(() => {
    const handle = setTimeout(() => {
      if ((filters.q ?? "") !== q.trim()) onChange({ ...filters, q: q.trim() || undefined, sort: undefined });
    }, 350);
    return () => clearTimeout(handle);
  }, [q, filters, onChange]);

  const grades = filters.reliability ?? [];
  const hasFilters = Boolean(
    filters.outletId ||
    grades.length ||
    filters.from ||
    filters.to ||
    filters.attachedBy ||
    filters.tagId ||
    filters.isDeleted,
  );
  return (
    <div className="border-border bg-surface flex flex-col gap-3 rounded-lg border p-4">
      <form role="search" onSubmit={(event) => event.preventDefault()} className="relative">
        <label htmlFor="library-search" className="sr-only">
          Search articles
        </label>
        <Search
          aria-hidden="true"
          className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
        />
        <Input
          id="library-search"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          placeholder='Search: "exact phrase", either OR other, -exclude'
          className="pl-9"
        />
      </form>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Field label="Outlet">
          {(control) => (
            <Select
              {...control}
              value={filters.outletId ?? ALL}
              onValueChange={(value) => onChange({ ...filters, outletId: value === ALL ? undefined : value })}
              options={[
                { value: ALL, label: "All outlets" },
                ...(outlets.data?.items ?? []).map((outlet) => ({ value: outlet.id, label: outlet.name })),
              ]}
            />
          )}
        </Field>
        <Field label="Attached by">
          {(control) => (
            <Select
              {...control}
              value={filters.attachedBy ?? ALL}
              onValueChange={(value) =>
                onChange({ ...filters, attachedBy: value === ALL ? undefined : value })
              }
              options={[
                { value: ALL, label: "Anyone" },
                ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.name })),
              ]}
            />
          )}
        </Field>
        <Field label="Tag">
          {(control) => (
            <Select
              {...control}
              value={filters.tagId ?? ALL}
              onValueChange={(value) => onChange({ ...filters, tagId: value === ALL ? undefined : value })}
              options={[
                { value: ALL, label: "Any tag" },
                ...(tagList.data?.items ?? []).map((tag) => ({
                  value: tag.id,
                  label: tag.parentId ? `  ${tag.name}` : tag.name,
                })),
              ]}
            />
          )}
        </Field>
        <Field label="Published from">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={filters.from?.toISOString().slice(0, 10) ?? ""}
              onChange={(event) =>
                onChange({
                  ...filters,
                  from: event.target.value ? new Date(`${event.target.value}T00:00:00Z`) : undefined,
                })
              }
            />
          )}
        </Field>
        <Field label="Published to">
          {(control) => (
            <Input
              {...control}
              type="date"
              value={filters.to?.toISOString().slice(0, 10) ?? ""}
              onChange={(event) =>
                onChange({
                  ...filters,
                  to: event.target.value ? new Date(`${event.target.value}T00:00:00Z`) : undefined,
                })
              }
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Outlet reliability" className="flex flex-wrap items-center gap-1.5">
          <span className="mr-1 text-sm font-medium">Outlet reliability</span>
          {RELIABILITY_GRADES.map((grade) => {
            const isOn = grades.includes(grade);
            return (
              <button
                key={grade}
                type="button"
                aria-pressed={isOn}
                aria-label={`${grade}: ${RELIABILITY[grade].label}`}
                title={RELIABILITY[grade].label}
                onClick={() =>
                  onChange({
                    ...filters,
                    reliability: isOn ? grades.filter((value) => value !== grade) : [...grades, grade],
                  })
                }
                className={cn(
                  "rounded-md p-0.5 opacity-50 hover:opacity-100",
                  isOn && "ring-primary opacity-100 ring-2",
                )}
              >
                <GradeLetter grade={grade} />
              </button>
            );
          })}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={Boolean(filters.isDeleted)}
              onChange={(event) => onChange({ ...filters, isDeleted: event.target.checked || undefined })}
              className="size-4 accent-[var(--primary)]"
            />
            Trash
          </label>
          <Select
            aria-label="Sort"
            className="h-9 w-48"
            value={filters.sort ?? (filters.q ? "relevance" : "attached")}
            onValueChange={(value) => onChange({ ...filters, sort: value as LibrarySort })}
            options={filters.q ? SORT_OPTIONS : SORT_OPTIONS.filter((option) => option.value !== "relevance")}
          />
          {hasFilters ? (
            <Button variant="ghost" size="sm" onClick={() => onChange({ q: filters.q })}>
              <X aria-hidden="true" /> Clear filters
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
