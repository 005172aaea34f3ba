"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Library as LibraryIcon, SearchX } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { ReliabilityBadge } from "@/components/sources/reliability-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, LoadingRows } from "@/components/ui/query-states";
import { formatDate } from "@/lib/format";
import { libraryInput, libraryQuery, parseLibraryParams, type LibraryFilters } from "@/lib/library-params";
import { replaceViewUrl } from "@/lib/view-state";

import { LibraryFilterBar } from "./library-filters";
import { Snippet } from "./snippet";

/** Search, filter and browse the team's articles; the state lives in the URL. */
export function Library({ teamSlug, canAttach }: { teamSlug: string; canAttach: boolean }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseLibraryParams(searchParams);
  const query = useInfiniteQuery(
    trpc.articles.list.infiniteQueryOptions(libraryInput(teamSlug, filters), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const onChange = useCallback(
    (next: LibraryFilters) => replaceViewUrl(pathname, libraryQuery(next)),
    [pathname],
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = Boolean(
    filters.q ||
    filters.outletId ||
    filters.reliability?.length ||
    filters.from ||
    filters.to ||
    filters.attachedBy ||
    filters.tagId ||
    filters.isDeleted,
  );

  return (
    <div className="flex flex-col gap-4">
      <LibraryFilterBar teamSlug={teamSlug} filters={filters} onChange={onChange} />
      {query.isError ? (
        <LoadError
          title="The library could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isPending ? (
        <LoadingRows label="Loading articles" className="h-28" />
      ) : items.length === 0 && !query.isError ? (
        isFiltered ? (
          <EmptyState
            icon={SearchX}
            title="No articles match"
            description="Try other words, or fewer filters. Put a phrase in quotes to match it exactly."
            action={
              <Button variant="secondary" onClick={() => onChange({})}>
                Clear search and filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={LibraryIcon}
            title="No articles yet"
            description={
              canAttach
                ? "Attach the coverage your team follows: paste text, upload files, or give a web address."
                : "Editors attach the coverage the team follows; it will appear here."
            }
          />
        )
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Articles">
          {items.map((item) => (
            <li key={item.id} className="border-border bg-surface rounded-lg border p-4 shadow-xs">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-base font-semibold">
                  <Link
                    href={`/t/${teamSlug}/articles/${item.id}`}
                    className="hover:text-primary hover:underline"
                  >
                    {item.title}
                  </Link>
                </h2>
                {item.deletedAt ? <Badge tone="warning">In the trash</Badge> : null}
              </div>
              <p className="text-muted mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                {item.outlet ? (
                  <span className="inline-flex items-center gap-1.5">
                    <ReliabilityBadge consensus={item.outlet.consensus} size="sm" />
                    <Link
                      href={`/t/${teamSlug}/sources/${item.outlet.id}`}
                      className="text-foreground font-medium hover:underline"
                    >
                      {item.outlet.name}
                    </Link>
                  </span>
                ) : (
                  <span>No outlet</span>
                )}
                {item.author ? <span>· {item.author}</span> : null}
                <span>
                  · {item.publishedAt ? `published ${formatDate(item.publishedAt)}` : "date unknown"}
                </span>
                <span>· {item.wordCount.toLocaleString("en")} words</span>
              </p>
              <p className="mt-2 line-clamp-3 text-sm">
                <Snippet text={item.snippet} />
              </p>
              <p className="text-muted mt-2 text-xs">
                Attached by {item.attachedByName ?? "a former member"} on {formatDate(item.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {query.hasNextPage ? (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            isLoading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Show more
          </Button>
        </div>
      ) : null}
    </div>
  );
}
