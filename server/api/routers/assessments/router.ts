import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { getAssessment } from "@/server/services/assessments/get-assessment";
import { listAssessments } from "@/server/services/assessments/list-assessments";
import { updateAssessment } from "@/server/services/assessments/update-assessment";

import {
  ZAssessmentRef,
  ZAssessmentSummary,
  ZCreateAssessmentInput,
  ZGetAssessmentOutput,
  ZListAssessmentsInput,
  ZListAssessmentsOutput,
  ZUpdateAssessmentInput,
} from "./schema";

export const assessmentsRouter = router({
  list: teamProcedure
    .input(ZListAssessmentsInput)
    .output(ZListAssessmentsOutput)
    .query(({ ctx, input }) => listAssessments(ctx, input)),
  get: teamProcedure
    .input(ZAssessmentRef)
    .output(ZGetAssessmentOutput)
    .query(({ ctx, input }) => getAssessment(ctx, input)),
  /** Start an assessment from a template. */
  create: editorProcedure
    .input(ZCreateAssessmentInput)
    .output(ZAssessmentSummary)
    .mutation(({ ctx, input }) => createAssessment(ctx, input)),
  /** Rename it (the text is edited over the collaboration socket). */
  update: editorProcedure
    .input(ZUpdateAssessmentInput)
    .output(ZAssessmentSummary)
    .mutation(({ ctx, input }) => updateAssessment(ctx, input)),
});
