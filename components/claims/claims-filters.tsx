"use client";

import { useQuery } from "@tanstack/react-query";
import { Search, SlidersHorizontal, X } from "lucide-react";
import { useEffect, useEffectEvent, useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { CLAIM_STATUSES, CLAIM_STATUS_INFO } from "@/lib/claims";
import {
  countFilters,
  effectiveSort,
  normalizeCode,
  type ClaimFilters,
  type ClaimSort,
} from "@/lib/claims-params";
import { cn } from "@/lib/cn";
import { CREDIBILITY, CREDIBILITY_LEVELS } from "@/lib/scales";

import { CHECKBOX_CLASSES, CheckboxGroup } from "./checkbox-group";
import { LEVEL_CLASSES } from "./claim-code";
import { SourceCombobox } from "./source-combobox";
import { TagFilterMenu } from "./tag-menus";

const SORT_OPTIONS: { value: ClaimSort; label: string }[] = [
  { value: "recent", label: "Most recent" },
  { value: "oldest", label: "Oldest" },
  { value: "credibility", label: "Best credibility" },
  { value: "relevance", label: "Relevance" },
];
const ANYONE = "anyone";

/** Names the claims on screen already told us, so a filter read from the URL shows a name, not an id. */
export interface KnownNames {
  speaker?: string | undefined;
  outlet?: string | undefined;
}

/**
 * The Claims page's search, filters and sort. Every change goes to the URL through `onChange` (the
 * search after a pause in typing); on a phone the filters fold away behind a "Filters" button so the
 * list stays in view.
 */
export function ClaimsFilterBar({
  teamSlug,
  filters,
  known,
  onChange,
}: {
  teamSlug: string;
  filters: ClaimFilters;
  known: KnownNames;
  onChange: (next: ClaimFilters) => void;
}) {
  const trpc = useTRPC();
  const panelId = useId();
  const tagsId = useId();
  const tags = useQuery(trpc.tags.list.queryOptions({ teamSlug }));
  const members = useQuery(trpc.teams.members.list.queryOptions({ teamSlug }));
  const [q, setQ] = useState(filters.q ?? "");
  const [code, setCode] = useState(filters.code ?? "");
  const [isOpen, setOpen] = useState(false);
  // Names picked here, remembered so the box keeps showing them while the list reloads.
  const [picked, setPicked] = useState<Record<string, string>>({});

  // Search texts sent to the URL and not yet seen back. When the URL's search changes to one of them,
  // it is our own echo; to anything else, it was changed elsewhere ("Clear search and filters") and
  // the box follows. Only typing sends a search, so following the URL never sends one back.
  const [sent, setSent] = useState<string[]>([]);
  const [seen, setSeen] = useState({ q: filters.q ?? "", code: filters.code ?? "" });
  const [keystrokes, setKeystrokes] = useState(0);
  if (seen.q !== (filters.q ?? "") || seen.code !== (filters.code ?? "")) {
    const urlQ = filters.q ?? "";
    setSeen({ q: urlQ, code: filters.code ?? "" });
    if (seen.q !== urlQ) {
      const index = sent.lastIndexOf(urlQ);
      setSent(index >= 0 ? sent.slice(index + 1) : []);
      if (index < 0) setQ(urlQ);
    }
    if ((filters.code ?? "") !== (normalizeCode(code) ?? "")) setCode(filters.code ?? "");
  }

  /** Every filter change carries the search as typed, so a quick click does not drop fresh words. */
  const apply = (next: ClaimFilters) => {
    const text = q.trim();
    if (text !== (filters.q ?? "")) setSent((list) => [...list, text]);
    onChange({ ...next, q: text || undefined });
  };

  // Typing searches after a short pause; the URL is updated once, not per keystroke.
  const commitSearch = useEffectEvent(() => {
    const text = q.trim();
    if (text === (filters.q ?? "")) return;
    setSent((list) => [...list, text]);
    onChange({ ...filters, q: text || undefined, sort: undefined });
  });
  useEffect(() => {
    if (keystrokes === 0) return;
    const handle = setTimeout(commitSearch, 350);
    return () => clearTimeout(handle);
  }, [keystrokes]);

  const codeValue = normalizeCode(code);
  const isCodeInvalid = code.trim() !== "" && !codeValue;
  const count = countFilters(filters);
  const sort = effectiveSort(filters);

  return (
    <div className="border-border bg-surface flex flex-col gap-3 rounded-lg border p-4">
      <div className="flex flex-col gap-2 sm:flex-row">
        <form role="search" onSubmit={(event) => event.preventDefault()} className="relative flex-1">
          <label htmlFor="claims-search" className="sr-only">
            Search claims
          </label>
          <Search
            aria-hidden="true"
            className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
          />
          <Input
            id="claims-search"
            type="search"
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              setKeystrokes((count) => count + 1);
            }}
            placeholder='Search: "exact phrase", either OR other, -exclude'
            className="pl-9"
          />
        </form>
        <div className="flex gap-2">
          <Select
            aria-label="Sort"
            className="flex-1 sm:w-48"
            value={sort}
            onValueChange={(value) => apply({ ...filters, sort: value as ClaimSort })}
            options={filters.q ? SORT_OPTIONS : SORT_OPTIONS.filter((option) => option.value !== "relevance")}
          />
          <Button
            variant="secondary"
            className="sm:hidden"
            aria-expanded={isOpen}
            aria-controls={panelId}
            onClick={() => setOpen(!isOpen)}
          >
            <SlidersHorizontal aria-hidden="true" />
            Filters
            {count ? (
              <span className="bg-primary-soft text-primary rounded-full px-1.5 text-xs">{count}</span>
            ) : null}
          </Button>
        </div>
      </div>
      <div id={panelId} className={cn("flex-col gap-4", isOpen ? "flex" : "hidden sm:flex")}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <div className="flex flex-col gap-1.5">
            <Label id={tagsId}>Tags</Label>
            <TagFilterMenu
              labelId={tagsId}
              tags={tags.data?.items ?? []}
              value={filters.tagIds ?? []}
              onChange={(tagIds) => apply({ ...filters, tagIds: tagIds.length ? tagIds : undefined })}
            />
          </div>
          <SourceCombobox
            teamSlug={teamSlug}
            label="Speaker"
            placeholder="Any speaker"
            value={filters.speakerId}
            selectedName={(filters.speakerId && picked[filters.speakerId]) || known.speaker}
            onChange={(source) => {
              if (source) setPicked((names) => ({ ...names, [source.id]: source.name }));
              apply({ ...filters, speakerId: source?.id });
            }}
          />
          <SourceCombobox
            teamSlug={teamSlug}
            label="Outlet"
            placeholder="Any outlet"
            kind="outlet"
            value={filters.outletId}
            selectedName={(filters.outletId && picked[filters.outletId]) || known.outlet}
            onChange={(source) => {
              if (source) setPicked((names) => ({ ...names, [source.id]: source.name }));
              apply({ ...filters, outletId: source?.id });
            }}
          />
          <Field label="Author">
            {(control) => (
              <Select
                {...control}
                value={filters.authorId ?? ANYONE}
                onValueChange={(value) =>
                  apply({ ...filters, authorId: value === ANYONE ? undefined : value })
                }
                options={[
                  { value: ANYONE, label: "Anyone" },
                  ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.name })),
                ]}
              />
            )}
          </Field>
          <Field
            label="Code"
            hint={isCodeInvalid ? undefined : "Source and credibility, e.g. B2"}
            error={isCodeInvalid ? "A letter A–F and a digit 1–6, like B2." : undefined}
          >
            {(control) => (
              <Input
                {...control}
                value={code}
                maxLength={2}
                autoComplete="off"
                placeholder="e.g. B2"
                className="uppercase placeholder:normal-case"
                onChange={(event) => {
                  const next = event.target.value;
                  setCode(next);
                  const normal = normalizeCode(next);
                  if (normal !== null || next.trim() === "") apply({ ...filters, code: normal ?? undefined });
                }}
              />
            )}
          </Field>
        </div>
        <div className="grid gap-4 md:grid-cols-[auto_minmax(0,1fr)]">
          <CheckboxGroup
            legend="Status"
            options={CLAIM_STATUSES.map((status) => ({
              value: status,
              label: CLAIM_STATUS_INFO[status].label,
              title: CLAIM_STATUS_INFO[status].description,
            }))}
            value={filters.status}
            onChange={(status) => apply({ ...filters, status })}
          />
          <CheckboxGroup
            legend="Credibility"
            className="sm:grid-cols-2 xl:grid-cols-3"
            options={CREDIBILITY_LEVELS.map((level) => ({
              value: level,
              label: CREDIBILITY[level].label,
              title: CREDIBILITY[level].definition,
              badge: (
                <span className={cn("rounded px-1.5 font-mono text-xs font-bold", LEVEL_CLASSES[level])}>
                  {level}
                </span>
              ),
            }))}
            value={filters.credibility}
            onChange={(credibility) => apply({ ...filters, credibility })}
          />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className={CHECKBOX_CLASSES}
              checked={Boolean(filters.hasContradictions)}
              onChange={(event) =>
                apply({ ...filters, hasContradictions: event.target.checked || undefined })
              }
            />
            Has contradictions
          </label>
          {count ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setCode("");
                apply({ articleId: filters.articleId, sort: filters.sort });
              }}
            >
              <X aria-hidden="true" /> Clear filters
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
