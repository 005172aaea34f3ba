"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Skeleton } from "@/components/ui/skeleton";

import { ClaimCode } from "./claim-code";

/**
 * The claims a source stands behind: those it asserts as speaker, and (for an outlet) those tagged in
 * its articles, newest first, each with its combined code.
 */
export function SourceClaims({
  teamSlug,
  sourceId,
  isOutlet,
}: {
  teamSlug: string;
  sourceId: string;
  isOutlet: boolean;
}) {
  const trpc = useTRPC();
  const bySpeaker = useQuery(trpc.claims.list.queryOptions({ teamSlug, speakerId: sourceId, limit: 25 }));
  const byOutlet = useQuery({
    ...trpc.claims.list.queryOptions({ teamSlug, outletId: sourceId, limit: 25 }),
    enabled: isOutlet,
  });
  const items = [...(bySpeaker.data?.items ?? []), ...(isOutlet ? (byOutlet.data?.items ?? []) : [])].filter(
    (item, index, all) => all.findIndex((other) => other.id === item.id) === index,
  );
  if (bySpeaker.isPending || (isOutlet && byOutlet.isPending))
    return (
      <div role="status" aria-label="Loading claims">
        <Skeleton className="h-16" />
      </div>
    );
  if (items.length === 0) return <p className="text-muted text-sm">No claims from this source yet.</p>;
  return (
    <ul aria-label="Claims from this source" className="flex flex-col gap-2 text-sm">
      {items.map((claim) => (
        <li key={claim.id} className="flex items-start gap-2">
          <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
          <span className="flex min-w-0 flex-col">
            <Link
              href={`/t/${teamSlug}/claims/${claim.id}`}
              className="hover:text-primary font-medium hover:underline"
            >
              {claim.statement}
            </Link>
            <span className="text-muted truncate text-xs">
              {claim.speaker?.id === sourceId ? "As speaker" : "In its article"} · {claim.article.title}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
