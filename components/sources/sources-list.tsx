"use client";

import { useQuery } from "@tanstack/react-query";
import { Search, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from "@/lib/sources";

import { ReliabilityBadge } from "./reliability-badge";

const ALL = "all";
type Sort = "name" | "articles" | "reliability";

/** The team's sources with their consensus, searchable by (fuzzy) name. */
export function SourcesList({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<SourceKind | typeof ALL>(ALL);
  const [sort, setSort] = useState<Sort>("name");
  const search = useDeferredValue(q.trim());
  const query = useQuery(
    trpc.sources.list.queryOptions({
      teamSlug,
      q: search || undefined,
      kind: kind === ALL ? undefined : kind,
      sort,
      limit: 100,
    }),
  );
  const items = query.data?.items ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row">
        <div className="relative flex-1">
          <label htmlFor="source-search" className="sr-only">
            Search sources
          </label>
          <Search
            aria-hidden="true"
            className="text-muted pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
          />
          <Input
            id="source-search"
            type="search"
            placeholder="Search by name"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            className="pl-9"
          />
        </div>
        <Select
          aria-label="Kind"
          className="sm:w-56"
          value={kind}
          onValueChange={(value) => setKind(value as SourceKind | typeof ALL)}
          options={[
            { value: ALL, label: "All kinds" },
            ...SOURCE_KINDS.map((value) => ({ value, label: SOURCE_KIND_LABELS[value] })),
          ]}
        />
        <Select
          aria-label="Sort"
          className="sm:w-48"
          value={sort}
          onValueChange={(value) => setSort(value as Sort)}
          options={[
            { value: "name", label: "Name" },
            { value: "articles", label: "Most articles" },
            { value: "reliability", label: "Most reliable" },
          ]}
        />
      </div>
      {query.isError ? <Alert tone="error">{query.error.message}</Alert> : null}
      {query.isPending ? (
        <div role="status" aria-label="Loading sources" className="flex flex-col gap-2">
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
        </div>
      ) : items.length === 0 ? (
        <EmptyState
          icon={ShieldCheck}
          title={search || kind !== ALL ? "No sources match" : "No sources yet"}
          description="Outlets are added when articles are attached. People, organisations and accounts can be added by hand."
        />
      ) : (
        <div className="border-border bg-surface relative overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">Sources and their reliability</caption>
            <thead>
              <tr className="border-border text-muted border-b text-left text-xs uppercase">
                <th scope="col" className="px-4 py-2 font-medium">
                  Reliability
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Source
                </th>
                <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">
                  Kind
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Articles
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((source) => (
                <tr key={source.id} className="border-border border-b last:border-0">
                  <td className="px-4 py-2.5">
                    <ReliabilityBadge consensus={source.consensus} size="sm" />
                  </td>
                  <td className="px-4 py-2.5">
                    <Link
                      href={`/t/${teamSlug}/sources/${source.id}`}
                      className="hover:text-primary font-medium hover:underline"
                    >
                      {source.name}
                    </Link>
                    {source.domain && source.domain !== source.name.toLowerCase() ? (
                      <span className="text-muted ml-2 text-xs">{source.domain}</span>
                    ) : null}
                  </td>
                  <td className="text-muted hidden px-4 py-2.5 sm:table-cell">
                    {SOURCE_KIND_LABELS[source.kind]}
                  </td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{source.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
