"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { MessageSquare } from "lucide-react";
import Link from "next/link";

import { TagChip } from "@/components/tags/tag-chip";
import { formatDate } from "@/lib/format";
import type { AppRouter } from "@/server/api/root";

import { StatusBadge } from "./claim-options";
import { ContradictionMark } from "./contradiction-mark";
import { ClaimCode } from "./claim-code";

export type ClaimSummary = inferRouterOutputs<AppRouter>["claims"]["list"]["items"][number];

/** Quotes can run to thousands of characters; the row shows the start (CSS clamps it to two lines). */
const QUOTE_PREVIEW = 320;

function preview(quote: string): string {
  const clean = quote.replace(/\s+/g, " ").trim();
  return clean.length > QUOTE_PREVIEW ? `${clean.slice(0, QUOTE_PREVIEW).trimEnd()}…` : clean;
}

/**
 * One claim in the Claims list: its combined code, the analyst's statement (to the claim's page), the
 * quoted passage with where it comes from (to the passage in the reader), tags, status, whether other
 * claims contradict it, and how much discussion it has. With `onSelect`, a checkbox for bulk tagging.
 */
export function ClaimRow({
  teamSlug,
  claim,
  isSelected,
  onSelect,
}: {
  teamSlug: string;
  claim: ClaimSummary;
  isSelected: boolean;
  onSelect?: ((isSelected: boolean) => void) | undefined;
}) {
  return (
    <li className="border-border bg-surface has-[:checked]:border-primary flex gap-3 rounded-lg border p-4 shadow-xs">
      {onSelect ? (
        <input
          type="checkbox"
          aria-label={`Select claim: ${claim.statement}`}
          checked={isSelected}
          onChange={(event) => onSelect(event.target.checked)}
          className="mt-1 size-4 shrink-0 accent-[var(--primary)]"
        />
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-start gap-2.5">
          <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
          <h2 className="min-w-0 text-base leading-6 font-semibold break-words">
            <Link href={`/t/${teamSlug}/claims/${claim.id}`} className="hover:text-primary hover:underline">
              {claim.statement}
            </Link>
          </h2>
        </div>
        <blockquote className="border-border-strong text-muted line-clamp-2 border-l-2 pl-3 text-sm break-words">
          “{preview(claim.anchor.quote)}”
        </blockquote>
        <p className="text-muted flex flex-wrap gap-x-2 gap-y-1 text-xs">
          <span className="min-w-0">
            In{" "}
            <Link
              href={`/t/${teamSlug}/articles/${claim.articleId}?claim=${claim.id}`}
              className="text-foreground font-medium break-words hover:underline"
            >
              {claim.article.title}
            </Link>
          </span>
          {claim.speaker ? (
            <span>
              · Speaker:{" "}
              <Link
                href={`/t/${teamSlug}/sources/${claim.speaker.id}`}
                className="text-foreground hover:underline"
              >
                {claim.speaker.name}
              </Link>
            </span>
          ) : null}
          <span>
            · Tagged by {claim.createdBy?.name ?? "a former member"} on {formatDate(claim.createdAt)}
          </span>
        </p>
        <div className="flex flex-wrap items-center gap-1.5">
          {claim.tags.map((tag) => (
            <TagChip key={tag.id} name={tag.name} color={tag.color} />
          ))}
          <StatusBadge status={claim.status} />
          <ContradictionMark count={claim.contradictionsCount} />
          <span className="text-muted ml-auto inline-flex items-center gap-1 text-xs">
            <MessageSquare aria-hidden="true" className="size-3.5" />
            {claim.commentsCount}
            <span className="sr-only">{claim.commentsCount === 1 ? " comment" : " comments"}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
