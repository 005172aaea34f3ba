import type { Metadata } from "next";

import { AssessmentsList } from "@/components/assessments/assessments-list";
import { AssessmentsTabs } from "@/components/assessments/assessments-tabs";
import { NewAssessmentDialog } from "@/components/assessments/new-assessment-dialog";
import { PageHeader } from "@/components/shell/page-header";
import { requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/assessments`);
  return (
    <>
      <PageHeader
        title="Assessments"
        description="Documents the team writes together in real time, with key judgments in calibrated language that rest on cited claims."
        actions={team.permissions["assessment.create"] ? <NewAssessmentDialog teamSlug={team.slug} /> : null}
      />
      <AssessmentsTabs teamSlug={team.slug} current="all" />
      <AssessmentsList teamSlug={team.slug} />
    </>
  );
}
