"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { FileText, Search, SearchX } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LoadError, LoadingRows, LoadMore } from "@/components/ui/query-states";
import { Select } from "@/components/ui/select";
import { formatDate } from "@/lib/format";

import { AssessmentStatusBadge } from "./status-badge";

const ALL = "all";
const STATUS_OPTIONS = [
  { value: ALL, label: "Any status" },
  { value: "draft", label: "Draft" },
  { value: "in_review", label: "In review" },
  { value: "approved", label: "Approved" },
  { value: "published", label: "Published" },
] as const;
type StatusValue = (typeof STATUS_OPTIONS)[number]["value"];

/** The team's assessments, most recently changed first, with search and status, author and owner filters. */
export function AssessmentsList({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [status, setStatus] = useState<StatusValue>(ALL);
  const [authorId, setAuthorId] = useState(ALL);
  const [ownerId, setOwnerId] = useState(ALL);
  useEffect(() => {
    const handle = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(handle);
  }, [typed]);
  const members = useQuery(trpc.teams.members.list.queryOptions({ teamSlug }));
  const input = {
    teamSlug,
    q: q || undefined,
    status: status === ALL ? undefined : status,
    authorId: authorId === ALL ? undefined : authorId,
    ownerId: ownerId === ALL ? undefined : ownerId,
  };
  const query = useInfiniteQuery(
    trpc.assessments.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = Boolean(q || status !== ALL || authorId !== ALL || ownerId !== ALL);
  const people = (members.data ?? []).map((m) => ({ value: m.userId, label: m.name }));
  return (
    <div className="flex flex-col gap-4">
      <div className="border-border bg-surface grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-[1fr_11rem_11rem_11rem]">
        <form role="search" onSubmit={(event) => event.preventDefault()} className="relative self-end">
          <label htmlFor="assessment-search" className="sr-only">
            Search assessments
          </label>
          <Search
            aria-hidden="true"
            className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
          />
          <Input
            id="assessment-search"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            placeholder="Search titles and text"
            className="pl-9"
          />
        </form>
        <Field label="Status">
          {(control) => (
            <Select
              {...control}
              value={status}
              onValueChange={(value) => setStatus(value as StatusValue)}
              options={STATUS_OPTIONS}
            />
          )}
        </Field>
        <Field label="Written by">
          {(control) => (
            <Select
              {...control}
              value={authorId}
              onValueChange={setAuthorId}
              options={[{ value: ALL, label: "Anyone" }, ...people]}
            />
          )}
        </Field>
        <Field label="Started by">
          {(control) => (
            <Select
              {...control}
              value={ownerId}
              onValueChange={setOwnerId}
              options={[{ value: ALL, label: "Anyone" }, ...people]}
            />
          )}
        </Field>
      </div>
      {query.isError ? (
        <LoadError
          title="The assessments could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isPending ? (
        <LoadingRows label="Loading assessments" />
      ) : items.length === 0 && !query.isError ? (
        isFiltered ? (
          <EmptyState
            icon={SearchX}
            title="No assessments match"
            description="Try other words or fewer filters."
          />
        ) : (
          <EmptyState
            icon={FileText}
            title="No assessments yet"
            description="Start one from a template: the four-track framework, a key judgments brief, or a blank page. The team writes it together in real time."
          />
        )
      ) : (
        <ul aria-label="Assessments" className="flex flex-col gap-3">
          {items.map((item) => (
            <li
              key={item.id}
              className="border-border bg-surface flex flex-col gap-1.5 rounded-lg border p-4"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/t/${teamSlug}/assessments/${item.id}`}
                  className="text-lg font-semibold hover:underline"
                >
                  {item.title}
                </Link>
                <AssessmentStatusBadge status={item.status} publishedVersion={item.publishedVersion} />
              </div>
              <p className="text-muted text-sm">
                Started by {item.ownerName}
                {item.authorNames.length ? ` · written by ${item.authorNames.join(", ")}` : ""} ·{" "}
                {item.wordCount.toLocaleString("en")} words · changed {formatDate(item.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </div>
  );
}
