import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { AssessmentTitle } from "@/components/assessments/assessment-title";
import { AssessmentWorkspace } from "@/components/assessments/assessment-workspace";
import { formatDate } from "@/lib/format";
import { getCaller, requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Assessment" };

/** An assessment: written together in real time (viewers follow read-only). */
export default async function AssessmentPage({
  params,
}: {
  params: Promise<{ team: string; assessmentId: string }>;
}) {
  const { team: slug, assessmentId } = await params;
  const team = await requireTeam(slug, `/t/${slug}/assessments/${assessmentId}`);
  const caller = await getCaller();
  let assessment;
  try {
    assessment = await caller.assessments.get({ teamSlug: team.slug, assessmentId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  const account = await caller.account.get();
  return (
    <div className="flex flex-col gap-5">
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link href={`/t/${team.slug}/assessments`} className="hover:underline">
          Assessments
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <AssessmentTitle
          teamSlug={team.slug}
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
      </header>
      <AssessmentWorkspace
        teamSlug={team.slug}
        documentName={assessment.documentName}
        user={{ id: account.id, name: account.name }}
        canEdit={assessment.permissions.canEdit}
      />
    </div>
  );
}
