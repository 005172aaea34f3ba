"use client";

import { useQuery } from "@tanstack/react-query";
import { Highlighter, Quote } from "lucide-react";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";

import { ArticleBody } from "@/components/articles/article-body";
import { Discussion } from "@/components/comments/discussion";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { indexRanges, resolveAnchor } from "@/lib/anchoring";
import type { Block } from "@/lib/text/document";
import { replaceViewUrl } from "@/lib/view-state";

import { ClaimDetail } from "./claim-detail";
import { ClaimFormDialog, type ClaimFormTarget } from "./claim-form-dialog";
import { ClaimsPanel } from "./claims-panel";
import { HighlightLayer } from "./highlight-layer";
import { offsetToDomPoint } from "./selection";
import { useReaderSelection } from "./use-reader-selection";

/**
 * The reader with its claims: the article's text with every claim's passage highlighted (overlaps
 * shaded deeper), a "Tag claim" button on any selection for editors, the claims beside the text with
 * filters, and a claim opened in a side sheet (its address in the URL, `?claim=`, so it can be shared).
 * Claims arrive and change live as teammates work.
 */
export function ArticleReader({
  teamSlug,
  article,
  details,
}: {
  teamSlug: string;
  article: { id: string; text: string; blocks: Block[]; isDeleted: boolean };
  /** The snapshot and history cards, rendered on the server. */
  details: ReactNode;
}) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [formTarget, setFormTarget] = useState<ClaimFormTarget | null>(null);
  const claimsQuery = useQuery(trpc.claims.listByArticle.queryOptions({ teamSlug, articleId: article.id }));
  const canCreate = claimsQuery.data?.canCreate ?? false;
  const { selection, clear } = useReaderSelection(bodyRef, article.text, canCreate);
  const openId = searchParams.get("claim");

  const setOpenId = useCallback(
    (claimId: string | null) => {
      const params = new URLSearchParams(searchParams.toString());
      if (claimId) params.set("claim", claimId);
      else params.delete("claim");
      const query = params.toString();
      replaceViewUrl(pathname, query ? `?${query}` : "");
    },
    [pathname, searchParams],
  );

  const resolved = useMemo(
    () =>
      (claimsQuery.data?.items ?? []).map((claim) => {
        const anchor = resolveAnchor(article.text, claim.anchor);
        return {
          claim,
          range: anchor.status === "orphaned" ? null : { id: claim.id, start: anchor.start, end: anchor.end },
        };
      }),
    [claimsQuery.data, article.text],
  );
  const index = useMemo(
    () => indexRanges(resolved.flatMap((item) => (item.range ? [item.range] : []))),
    [resolved],
  );
  const byId = useMemo(() => new Map(resolved.map((item) => [item.claim.id, item.claim])), [resolved]);

  const showInText = useCallback(
    (claimId: string) => {
      const range = resolved.find((item) => item.claim.id === claimId)?.range;
      const root = bodyRef.current;
      if (!range || !root) return;
      const start = offsetToDomPoint(root, range.start, "start");
      const end = offsetToDomPoint(root, range.end, "end");
      if (!start || !end) return;
      const domRange = document.createRange();
      domRange.setStart(start.node, start.offset);
      domRange.setEnd(end.node, end.offset);
      start.node.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
      const current = document.getSelection();
      current?.removeAllRanges();
      current?.addRange(domRange);
    },
    [resolved],
  );

  const claims = resolved.map(({ claim, range }) => ({ ...claim, isAnchored: range !== null }));

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="relative min-w-0">
        <div ref={bodyRef} className="max-w-[68ch]" data-testid="article-text">
          <ArticleBody text={article.text} blocks={article.blocks} highlights={{ index, activeId: openId }} />
        </div>
        <HighlightLayer rootRef={bodyRef} claims={byId} onOpen={setOpenId} />
        {selection && canCreate ? (
          <div
            className="absolute z-20 -translate-x-1/2"
            style={{ top: selection.position.top, left: selection.position.left }}
          >
            <Button
              size="sm"
              className="shadow-lg"
              // Keep the selection: a mousedown elsewhere would collapse it before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setFormTarget({
                  mode: "create",
                  articleId: article.id,
                  start: selection.start,
                  end: selection.end,
                  quote: selection.quote,
                });
              }}
            >
              <Highlighter aria-hidden="true" /> Tag claim
            </Button>
          </div>
        ) : null}
      </div>
      <aside aria-label="Claims and details" className="flex min-w-0 flex-col gap-4">
        <Tabs defaultValue="claims">
          <TabsList>
            <TabsTrigger value="claims">
              <Quote aria-hidden="true" /> Claims{" "}
              {claimsQuery.data ? `(${claimsQuery.data.items.length})` : ""}
            </TabsTrigger>
            <TabsTrigger value="discussion">Discussion</TabsTrigger>
            <TabsTrigger value="details">Details</TabsTrigger>
          </TabsList>
          <TabsContent value="claims" className="flex flex-col gap-3">
            {canCreate ? (
              <p className="text-muted text-xs">Select a passage in the text, then press “Tag claim”.</p>
            ) : article.isDeleted ? (
              <p className="text-muted text-xs">Restore the article to tag claims in it.</p>
            ) : null}
            {claimsQuery.isPending ? (
              <div className="flex flex-col gap-2" role="status" aria-label="Loading claims">
                <Skeleton className="h-16" />
                <Skeleton className="h-16" />
              </div>
            ) : claimsQuery.isError ? (
              <p className="text-danger text-sm">{claimsQuery.error.message}</p>
            ) : (
              <ClaimsPanel claims={claims} activeId={openId} onOpen={setOpenId} onShowInText={showInText} />
            )}
          </TabsContent>
          <TabsContent value="discussion">
            <Discussion teamSlug={teamSlug} subject={{ articleId: article.id }} />
          </TabsContent>
          <TabsContent value="details" className="flex flex-col gap-4">
            {details}
          </TabsContent>
        </Tabs>
      </aside>
      <Dialog open={openId !== null} onOpenChange={(open) => (open ? undefined : setOpenId(null))}>
        {openId ? (
          <DialogContent side="right" title="Claim" className="w-[36rem]">
            <ClaimDetail teamSlug={teamSlug} claimId={openId} isInReader onDeleted={() => setOpenId(null)} />
          </DialogContent>
        ) : null}
      </Dialog>
      <ClaimFormDialog
        teamSlug={teamSlug}
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={() => {
          clear();
        }}
      />
    </div>
  );
}
