"use client";

import { useQuery } from "@tanstack/react-query";
import { AlertTriangle } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc-provider";

/**
 * What changed in a published version's evidence since it went out. It follows the team live: when a
 * teammate downgrades a cited claim or links a contradiction, the claim event refetches the version
 * (see TeamLiveUpdates) and the banner appears on an open page, as the review lock does.
 */
export function ReReviewBanner({
  teamSlug,
  assessmentId,
  number,
}: {
  teamSlug: string;
  assessmentId: string;
  number: number;
}) {
  const trpc = useTRPC();
  const flags = useQuery({
    ...trpc.assessments.version.queryOptions({ teamSlug, assessmentId, number }),
    select: (version) => version.reReview,
  });
  if (!flags.data?.length) return null;
  return (
    <section
      aria-label="Needs re-review"
      className="border-warning bg-warning-soft flex flex-col gap-2 rounded-lg border px-4 py-3 text-sm"
    >
      <h2 className="flex items-center gap-2 font-semibold">
        <AlertTriangle aria-hidden="true" className="text-warning size-4" /> Needs re-review: its evidence
        changed since it was published
      </h2>
      <ul className="flex list-disc flex-col gap-1 pl-5">
        {flags.data.map((flag) => (
          <li key={flag.claimId}>
            “{flag.statement}”: {flag.changes.join("; ")}.
          </li>
        ))}
      </ul>
    </section>
  );
}
