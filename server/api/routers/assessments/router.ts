import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { getAssessment } from "@/server/services/assessments/get-assessment";
import { listAssessments } from "@/server/services/assessments/list-assessments";
import { updateAssessment } from "@/server/services/assessments/update-assessment";
import { decideReview } from "@/server/services/assessments/decide-review";
import { diffVersions } from "@/server/services/assessments/diff-versions";
import { exportMarkdown } from "@/server/services/assessments/export-assessment";
import { getVersion } from "@/server/services/assessments/get-version";
import { listPublished } from "@/server/services/assessments/list-published";
import { listVersions } from "@/server/services/assessments/list-versions";
import { publishAssessment } from "@/server/services/assessments/publish-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import { withdrawReview } from "@/server/services/assessments/withdraw-review";

import {
  ZAssessmentRef,
  ZDecideReviewInput,
  ZDiffInput,
  ZDiffOutput,
  ZExportInput,
  ZExportOutput,
  ZPublishedInput,
  ZPublishedOutput,
  ZPublishOutput,
  ZRequestReviewInput,
  ZStatusOutput,
  ZVersionOutput,
  ZVersionRef,
  ZVersionsOutput,
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
  /** Send the draft for review (its text locks until a decision or a withdrawal). */
  requestReview: editorProcedure
    .input(ZRequestReviewInput)
    .output(ZStatusOutput)
    .mutation(({ ctx, input }) => requestReview(ctx, input)),
  /** Take it out of review (or an approved one back to draft) to change it. */
  withdrawReview: editorProcedure
    .input(ZAssessmentRef)
    .output(ZStatusOutput)
    .mutation(({ ctx, input }) => withdrawReview(ctx, input)),
  /** Approve, or request changes (a reviewer who did not write it). */
  decideReview: editorProcedure
    .input(ZDecideReviewInput)
    .output(ZStatusOutput)
    .mutation(({ ctx, input }) => decideReview(ctx, input)),
  /** Publish an approved assessment as its next immutable version. */
  publish: editorProcedure
    .input(ZAssessmentRef)
    .output(ZPublishOutput)
    .mutation(({ ctx, input }) => publishAssessment(ctx, input)),
  versions: teamProcedure
    .input(ZAssessmentRef)
    .output(ZVersionsOutput)
    .query(({ ctx, input }) => listVersions(ctx, input)),
  version: teamProcedure
    .input(ZVersionRef)
    .output(ZVersionOutput)
    .query(({ ctx, input }) => getVersion(ctx, input)),
  diff: teamProcedure
    .input(ZDiffInput)
    .output(ZDiffOutput)
    .query(({ ctx, input }) => diffVersions(ctx, input)),
  /** The team's "Published" feed. */
  published: teamProcedure
    .input(ZPublishedInput)
    .output(ZPublishedOutput)
    .query(({ ctx, input }) => listPublished(ctx, input)),
  /** A version (or the draft) as a Markdown file. */
  exportMarkdown: teamProcedure
    .input(ZExportInput)
    .output(ZExportOutput)
    .query(({ ctx, input }) => exportMarkdown(ctx, input)),
});
