"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { FileText, Quote, SearchX, X } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, LoadMore, LoadingRows } from "@/components/ui/query-states";
import {
  claimsInput,
  claimsQuery,
  isFiltered,
  parseClaimParams,
  type ClaimFilters,
} from "@/lib/claims-params";
import { replaceViewUrl } from "@/lib/view-state";

import { ClaimRow } from "./claim-row";
import { ClaimsBulkBar, MAX_BULK } from "./claims-bulk-bar";
import { ClaimsFilterBar } from "./claims-filters";

/**
 * Every claim of the team across articles: search, filters and sort live in the URL, pages load on
 * demand, and editors select claims to tag or untag them together.
 */
export function ClaimsList({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseClaimParams(searchParams);
  const queryKey = claimsQuery(filters);
  const query = useInfiniteQuery(
    trpc.claims.list.infiniteQueryOptions(claimsInput(teamSlug, filters), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const onChange = useCallback(
    (next: ClaimFilters) => replaceViewUrl(pathname, claimsQuery(next)),
    [pathname],
  );
  // A selection belongs to the list it was made in: another search starts with none.
  const [selection, setSelection] = useState<{ key: string; ids: string[] }>({ key: queryKey, ids: [] });

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const canTag = query.data?.pages[0]?.canTag ?? false;
  const shownIds = new Set(items.map((item) => item.id));
  const selectedIds = selection.key === queryKey ? selection.ids.filter((id) => shownIds.has(id)) : [];
  const select = (ids: string[]) => setSelection({ key: queryKey, ids });
  const isAllSelected = items.length > 0 && selectedIds.length === Math.min(items.length, MAX_BULK);
  // What the claims on screen say about the filters read from the URL, so they show names, not ids.
  const first = items[0];
  const known = {
    speaker: filters.speakerId && first?.speaker?.id === filters.speakerId ? first.speaker.name : undefined,
    outlet: filters.outletId && first?.outlet?.id === filters.outletId ? first.outlet.name : undefined,
  };
  const articleTitle = first && filters.articleId === first.articleId ? first.article.title : undefined;

  return (
    <div className="flex flex-col gap-4">
      <ClaimsFilterBar teamSlug={teamSlug} filters={filters} known={known} onChange={onChange} />
      {filters.articleId ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Showing claims in</span>
          <span className="bg-primary-soft text-primary inline-flex max-w-full items-center gap-1.5 rounded-full py-0.5 pr-1 pl-2.5 font-medium">
            <FileText aria-hidden="true" className="size-3.5 shrink-0" />
            <span className="truncate">{articleTitle ? `“${articleTitle}”` : "this article"}</span>
            <button
              type="button"
              aria-label="Remove article filter"
              onClick={() => onChange({ ...filters, articleId: undefined })}
              className="hover:bg-primary/15 rounded-full p-0.5"
            >
              <X aria-hidden="true" className="size-3.5" />
            </button>
          </span>
        </p>
      ) : null}
      {query.isError ? (
        <LoadError
          title="The claims could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isPending ? (
        <LoadingRows label="Loading claims" className="h-36" />
      ) : items.length === 0 && !query.isError ? (
        isFiltered(filters) ? (
          <EmptyState
            icon={SearchX}
            title="No claims match"
            description="Try other words, or fewer filters. Put a phrase in quotes to match it exactly."
            action={
              <Button variant="secondary" onClick={() => onChange({})}>
                Clear search and filters
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={Quote}
            title="No claims yet"
            description={
              canTag
                ? "Open an article and select a passage to tag the first one."
                : "Editors open an article and select a passage to tag a claim; the team's claims will be listed here."
            }
            action={
              <Button variant="secondary" asChild>
                <Link href={`/t/${teamSlug}/articles`}>Go to articles</Link>
              </Button>
            }
          />
        )
      ) : items.length > 0 ? (
        <>
          {canTag ? (
            <label className="text-muted flex items-center gap-2 self-start px-4 text-sm">
              <input
                type="checkbox"
                checked={isAllSelected}
                ref={(element) => {
                  if (element) element.indeterminate = selectedIds.length > 0 && !isAllSelected;
                }}
                onChange={(event) =>
                  select(event.target.checked ? items.slice(0, MAX_BULK).map((item) => item.id) : [])
                }
                className="size-4 accent-[var(--primary)]"
              />
              Select all shown claims
            </label>
          ) : null}
          <ol className="flex flex-col gap-3" aria-label="Claims">
            {items.map((claim) => (
              <ClaimRow
                key={claim.id}
                teamSlug={teamSlug}
                claim={claim}
                isSelected={selectedIds.includes(claim.id)}
                onSelect={
                  canTag
                    ? (isOn) =>
                        select(
                          isOn ? [...selectedIds, claim.id] : selectedIds.filter((id) => id !== claim.id),
                        )
                    : undefined
                }
              />
            ))}
          </ol>
        </>
      ) : null}
      <LoadMore
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
      {canTag && selectedIds.length > 0 ? (
        <ClaimsBulkBar teamSlug={teamSlug} selectedIds={selectedIds} onClear={() => select([])} />
      ) : null}
    </div>
  );
}
