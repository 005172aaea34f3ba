"use client";

import { Crosshair, MessageSquare, Unlink2 } from "lucide-react";
import { useMemo, useState } from "react";

import { TagChip } from "@/components/tags/tag-chip";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { CLAIM_STATUS_INFO, CLAIM_STATUSES } from "@/lib/claims";

import { ContradictionMark } from "./contradiction-mark";
import { ClaimCode, type ClaimCodeProps } from "./claim-code";
import { StatusBadge } from "./claim-options";

export interface PanelClaim {
  id: string;
  statement: string;
  status: (typeof CLAIM_STATUSES)[number];
  tags: { id: string; name: string; color: string }[];
  createdBy: { id: string; name: string } | null;
  reliability: ClaimCodeProps["reliability"];
  credibility: ClaimCodeProps["credibility"];
  contradictionsCount: number;
  commentsCount: number;
  /** False when its passage could not be found in the text (see resolveAnchor). */
  isAnchored: boolean;
}

const ALL = "all";

/**
 * The claims of the article beside the reader, in reading order, with filters by tag, status and
 * author. Each opens the claim; "Show in text" scrolls to its highlight. The keyboard way to the
 * highlights, which are not in the tab order themselves (an article may have hundreds).
 */
export function ClaimsPanel({
  claims,
  activeId,
  onOpen,
  onShowInText,
}: {
  claims: readonly PanelClaim[];
  activeId: string | null;
  onOpen: (claimId: string) => void;
  onShowInText: (claimId: string) => void;
}) {
  const [tag, setTag] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [author, setAuthor] = useState(ALL);
  const tags = useMemo(() => {
    const map = new Map<string, string>();
    for (const claim of claims) for (const item of claim.tags) map.set(item.id, item.name);
    return [...map.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [claims]);
  const authors = useMemo(() => {
    const map = new Map<string, string>();
    for (const claim of claims) if (claim.createdBy) map.set(claim.createdBy.id, claim.createdBy.name);
    return [...map.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }, [claims]);
  const shown = claims.filter(
    (claim) =>
      (tag === ALL || claim.tags.some((item) => item.id === tag)) &&
      (status === ALL || claim.status === status) &&
      (author === ALL || claim.createdBy?.id === author),
  );

  return (
    <div className="flex flex-col gap-3">
      {claims.length > 1 ? (
        <div className="grid grid-cols-3 gap-2">
          <Select
            aria-label="Filter by tag"
            value={tag}
            onValueChange={setTag}
            options={[{ value: ALL, label: "All tags" }, ...tags.map(([value, label]) => ({ value, label }))]}
            className="h-9 text-xs"
          />
          <Select
            aria-label="Filter by status"
            value={status}
            onValueChange={setStatus}
            options={[
              { value: ALL, label: "Any status" },
              ...CLAIM_STATUSES.map((value) => ({ value, label: CLAIM_STATUS_INFO[value].label })),
            ]}
            className="h-9 text-xs"
          />
          <Select
            aria-label="Filter by author"
            value={author}
            onValueChange={setAuthor}
            options={[
              { value: ALL, label: "Anyone" },
              ...authors.map(([value, label]) => ({ value, label })),
            ]}
            className="h-9 text-xs"
          />
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="text-muted text-sm">
          {claims.length === 0 ? "No claims in this article yet." : "No claims match these filters."}
        </p>
      ) : (
        <ul aria-label="Claims in this article" className="flex flex-col gap-2">
          {shown.map((claim) => (
            <li
              key={claim.id}
              className={cn(
                "border-border bg-surface flex flex-col gap-1.5 rounded-md border p-2.5",
                claim.id === activeId && "border-primary ring-primary/30 ring-2",
              )}
            >
              <div className="flex items-start gap-2">
                <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
                <button
                  type="button"
                  onClick={() => onOpen(claim.id)}
                  className="text-left text-sm leading-snug font-medium hover:underline"
                >
                  {claim.statement}
                </button>
              </div>
              <div className="flex flex-wrap items-center gap-1.5">
                <StatusBadge status={claim.status} />
                <ContradictionMark count={claim.contradictionsCount} />
                {claim.tags.map((item) => (
                  <TagChip key={item.id} name={item.name} color={item.color} />
                ))}
                {!claim.isAnchored ? (
                  <span className="bg-warning-soft text-warning inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium">
                    <Unlink2 aria-hidden="true" className="size-3" /> Passage not found
                  </span>
                ) : null}
                <span className="text-muted ml-auto inline-flex items-center gap-2 text-xs">
                  {claim.commentsCount ? (
                    <span className="inline-flex items-center gap-0.5">
                      <MessageSquare aria-hidden="true" className="size-3.5" />
                      {claim.commentsCount}
                      <span className="sr-only"> comments</span>
                    </span>
                  ) : null}
                  {claim.isAnchored ? (
                    <button
                      type="button"
                      className="hover:text-foreground inline-flex items-center gap-0.5 rounded"
                      onClick={() => onShowInText(claim.id)}
                    >
                      <Crosshair aria-hidden="true" className="size-3.5" /> Show
                      <span className="sr-only"> “{claim.statement}”</span> in text
                    </button>
                  ) : null}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
