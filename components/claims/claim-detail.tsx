"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { Discussion } from "@/components/comments/discussion";
import { useTRPC } from "@/components/providers/trpc-provider";
import { TagChip } from "@/components/tags/tag-chip";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";
import { CLAIM_TYPE_INFO } from "@/lib/claims";
import { formatDate } from "@/lib/format";
import { CREDIBILITY } from "@/lib/scales";
import { SOURCE_KIND_LABELS } from "@/lib/sources";

import { ContradictionMark } from "./contradiction-mark";
import { ClaimCode } from "./claim-code";
import { ClaimFormDialog, type ClaimFormTarget } from "./claim-form-dialog";
import { LevelDigit, StatusBadge } from "./claim-options";
import { ClaimRelations } from "./claim-relations";
import { LinkClaimDialog } from "./link-claim-dialog";
import { RateClaimForm } from "./rate-claim-form";

/**
 * Everything about one claim: its code, statement and passage, speaker, tags and status; every
 * analyst's credibility rating with the history; its relations to other claims; its discussion.
 * Shown beside the article in the reader and on the claim's own page.
 */
export function ClaimDetail({
  teamSlug,
  claimId,
  isInReader = false,
  onDeleted,
}: {
  teamSlug: string;
  claimId: string;
  /** In the reader the article is already on screen: no link back to it. */
  isInReader?: boolean;
  onDeleted?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ClaimFormTarget | null>(null);
  const query = useQuery(trpc.claims.get.queryOptions({ teamSlug, claimId }));
  const remove = useMutation(
    trpc.claims.delete.mutationOptions({
      onSuccess: async () => {
        toast.success("Claim deleted.");
        onDeleted?.();
        await queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
      },
    }),
  );
  if (query.isPending)
    return (
      <div className="flex flex-col gap-3" role="status" aria-label="Loading the claim">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-20" />
        <Skeleton className="h-40" />
      </div>
    );
  if (query.isError)
    return (
      <Alert tone="error" title="The claim could not be loaded">
        {query.error.message}
      </Alert>
    );
  const claim = query.data;
  const { permissions } = claim;
  const current = claim.ratings.filter((rating) => rating.isCurrent);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <ClaimCode reliability={claim.reliability} credibility={claim.credibility} />
          <StatusBadge status={claim.status} />
          <span className="text-muted text-xs">{CLAIM_TYPE_INFO[claim.type].label}</span>
          <ContradictionMark count={claim.contradictionsCount} />
        </div>
        <p className="text-lg leading-snug font-semibold">{claim.statement}</p>
        <figure className="flex flex-col gap-1">
          <blockquote className="border-border-strong border-l-4 pl-3 text-sm italic">
            “{claim.anchor.quote}”
          </blockquote>
          <figcaption className="text-muted text-xs">
            {claim.speaker ? (
              <>
                {claim.speaker.name} ({SOURCE_KIND_LABELS[claim.speaker.kind].toLowerCase()}) ·{" "}
              </>
            ) : null}
            {isInReader ? (
              claim.article.title
            ) : (
              <Link
                href={`/t/${teamSlug}/articles/${claim.articleId}?claim=${claim.id}`}
                className="text-primary hover:underline"
              >
                {claim.article.title}
              </Link>
            )}
            {claim.outlet ? ` · ${claim.outlet.name}` : ""}
          </figcaption>
        </figure>
        {claim.tags.length ? (
          <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
            {claim.tags.map((tag) => (
              <li key={tag.id}>
                <TagChip name={tag.name} color={tag.color} />
              </li>
            ))}
          </ul>
        ) : null}
        <p className="text-muted text-xs">
          Tagged by {claim.createdBy?.name ?? "a former member"} on {formatDate(claim.createdAt)}
        </p>
        {permissions.canEdit || permissions.canDelete || permissions.canLink ? (
          <div className="flex flex-wrap gap-2">
            {permissions.canEdit ? (
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  setEditing({
                    mode: "edit",
                    claimId: claim.id,
                    quote: claim.anchor.quote,
                    statement: claim.statement,
                    speaker: claim.speaker,
                    type: claim.type,
                    status: claim.status,
                    tagIds: claim.tags.map((tag) => tag.id),
                  })
                }
              >
                <Pencil aria-hidden="true" /> Edit claim
              </Button>
            ) : null}
            {permissions.canLink ? <LinkClaimDialog teamSlug={teamSlug} claimId={claim.id} /> : null}
            {permissions.canDelete ? (
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm" className="text-danger">
                    <Trash2 aria-hidden="true" /> Delete claim
                  </Button>
                }
                title="Delete this claim?"
                description={`Its ${claim.ratings.length} rating(s), ${claim.links.length} link(s) and ${claim.commentsCount} comment(s) go with it. The article is not changed.`}
                confirmLabel="Delete claim"
                isPending={remove.isPending}
                onConfirm={() => remove.mutate({ teamSlug, claimId: claim.id })}
              />
            ) : null}
          </div>
        ) : null}
      </header>

      <section aria-labelledby="claim-credibility" className="flex flex-col gap-3">
        <h3 id="claim-credibility" className="font-semibold">
          Credibility
        </h3>
        {claim.credibility.grade ? (
          <p className="text-sm">
            Team consensus <strong>{claim.credibility.grade}</strong>,{" "}
            {CREDIBILITY[claim.credibility.grade].label.toLowerCase()}, from {claim.credibility.count} analyst
            {claim.credibility.count === 1 ? "" : "s"}
            {claim.credibility.isDisputed ? `; disputed (${claim.credibility.spread} levels apart)` : ""}.
          </p>
        ) : (
          <p className="text-muted text-sm">Nobody has rated this claim yet.</p>
        )}
        {current.length ? (
          <ul aria-label="Current ratings" className="flex flex-col gap-2">
            {current.map((rating) => (
              <li key={rating.id} className="flex items-start gap-2 text-sm">
                <LevelDigit level={rating.level} />
                <span className="flex flex-col">
                  <span>
                    <strong className="font-medium">{rating.raterName}</strong>: {rating.rationale}
                  </span>
                  <span className="text-muted text-xs">{formatDate(rating.createdAt)}</span>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {claim.ratings.length > current.length ? (
          <details className="text-sm">
            <summary className="text-muted cursor-pointer">
              Earlier ratings ({claim.ratings.length - current.length})
            </summary>
            <ul className="mt-2 flex flex-col gap-1">
              {claim.ratings
                .filter((rating) => !rating.isCurrent)
                .map((rating) => (
                  <li key={rating.id} className="text-muted">
                    {rating.raterName}: {rating.level}, “{rating.rationale}” ({formatDate(rating.createdAt)})
                  </li>
                ))}
            </ul>
          </details>
        ) : null}
        {permissions.canRate ? (
          <div className="border-border rounded-md border p-3">
            <RateClaimForm teamSlug={teamSlug} claimId={claim.id} current={claim.myRating?.level ?? null} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="claim-relations" className="flex flex-col gap-3">
        <h3 id="claim-relations" className="font-semibold">
          Related claims
        </h3>
        <ClaimRelations teamSlug={teamSlug} links={claim.links} canLink={permissions.canLink} />
      </section>

      <section aria-labelledby="claim-discussion" className="flex flex-col gap-3">
        <h3 id="claim-discussion" className="font-semibold">
          Discussion
        </h3>
        <Discussion teamSlug={teamSlug} subject={{ claimId: claim.id }} />
      </section>

      <ClaimFormDialog teamSlug={teamSlug} target={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
