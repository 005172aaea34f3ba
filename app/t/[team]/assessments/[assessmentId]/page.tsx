import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AssessmentBreadcrumb } from "@/components/assessments/assessment-breadcrumb";
import { AssessmentView } from "@/components/assessments/assessment-view";
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
      <AssessmentBreadcrumb teamSlug={team.slug} />
      <AssessmentView
        teamSlug={team.slug}
        initial={assessment}
        user={{ id: account.id, name: account.name }}
      />
    </div>
  );
}
