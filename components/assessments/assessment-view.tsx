"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { History } from "lucide-react";
import Link from "next/link";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import type { ReadinessSummary } from "@/lib/assessments/readiness";
import { formatDate } from "@/lib/format";
import type { AppRouter } from "@/server/api/root";

import { AssessmentTitle } from "./assessment-title";
import { AssessmentWorkspace } from "./assessment-workspace";
import { ExportActions } from "./export-actions";
import { ReviewPanel } from "./review-panel";
import { AssessmentStatusBadge } from "./status-badge";

type Assessment = inferRouterOutputs<AppRouter>["assessments"]["get"];

/**
 * An assessment's page: its title and status, the review step, export, and the real-time editor.
 * The status is live (teammates' decisions arrive as events), and with it whether the text is
 * editable: it locks in review and unlocks after a decision.
 */
export function AssessmentView({
  teamSlug,
  initial,
  user,
}: {
  teamSlug: string;
  initial: Assessment;
  user: { id: string; name: string };
}) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.assessments.get.queryOptions({ teamSlug, assessmentId: initial.id }),
    initialData: initial,
  });
  const assessment = query.data;
  // What is open in the live text, from the editor; until it has synced, the stored text's.
  const [liveReadiness, setLiveReadiness] = useState<ReadinessSummary | null>(null);
  // Called as people type: the page renders again only when what is open changes.
  const onReadiness = useCallback(
    (next: ReadinessSummary) =>
      setLiveReadiness((previous) =>
        previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next,
      ),
    [],
  );
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <AssessmentTitle
          teamSlug={teamSlug}
          assessmentId={assessment.id}
          title={assessment.title}
          canEdit={assessment.permissions.canEdit}
        />
        <p className="text-muted flex flex-wrap items-center gap-2 text-sm">
          <AssessmentStatusBadge status={assessment.status} publishedVersion={assessment.publishedVersion} />
          <span>
            Started by {assessment.ownerName} on {formatDate(assessment.createdAt)}
            {assessment.authors.length
              ? ` · written by ${assessment.authors.map((author) => author.name).join(", ")}`
              : ""}
          </span>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <ExportActions teamSlug={teamSlug} assessmentId={assessment.id} />
          {assessment.publishedVersion > 0 ? (
            <>
              <Button size="sm" variant="secondary" asChild>
                <Link
                  href={`/t/${teamSlug}/assessments/${assessment.id}/versions/${assessment.publishedVersion}`}
                >
                  Read version {assessment.publishedVersion}
                </Link>
              </Button>
              <Button size="sm" variant="ghost" asChild>
                <Link href={`/t/${teamSlug}/assessments/${assessment.id}/versions`}>
                  <History aria-hidden="true" /> Version history
                </Link>
              </Button>
            </>
          ) : null}
        </div>
      </header>
      <ReviewPanel
        teamSlug={teamSlug}
        assessment={assessment}
        readiness={liveReadiness ?? assessment.readiness}
      />
      <AssessmentWorkspace
        teamSlug={teamSlug}
        assessmentId={assessment.id}
        documentName={assessment.documentName}
        user={user}
        canEdit={assessment.permissions.canEdit}
        isLocked={assessment.status !== "draft"}
        onReadiness={onReadiness}
      />
    </div>
  );
}
