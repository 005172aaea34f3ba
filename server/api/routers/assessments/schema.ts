import { z } from "zod";

import { TEMPLATE_KEYS } from "@/lib/assessments/templates";

import { zId, zText } from "../shared-schema";

const zTitle = zText("Title", 200);
const zStatus = z.enum(["draft", "in_review", "approved"]);

export const ZAssessmentRef = z.object({ assessmentId: zId("assessment") });

export const ZCreateAssessmentInput = z.object({
  title: zTitle,
  templateKey: z.enum(TEMPLATE_KEYS, { error: "Choose a template: blank, four-track or key judgments." }),
});
export const ZUpdateAssessmentInput = z.object({ assessmentId: zId("assessment"), title: zTitle });

export const ZListAssessmentsInput = z.object({
  q: z.string().trim().max(200, "Search must be at most 200 characters.").optional(),
  status: z.enum(["draft", "in_review", "approved", "published"]).optional(),
  authorId: zId("author").optional(),
  ownerId: zId("owner").optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const ZListAssessmentsOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: zStatus,
      templateKey: z.string(),
      publishedVersion: z.number().int(),
      wordCount: z.number().int(),
      updatedAt: z.date(),
      ownerName: z.string(),
      authorNames: z.array(z.string()),
    }),
  ),
  nextCursor: z.string().nullable(),
  canCreate: z.boolean(),
});

/** ProseMirror JSON, checked only for shape: it comes from our own store, not from a client. */
const ZDocJson: z.ZodType<unknown> = z.record(z.string(), z.unknown());

export const ZGetAssessmentOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  status: zStatus,
  templateKey: z.string(),
  publishedVersion: z.number().int(),
  content: ZDocJson,
  wordCount: z.number().int(),
  sizeBytes: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string(),
  authors: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  documentName: z.string(),
  reviews: z.array(
    z.object({
      id: z.uuid(),
      reviewerId: z.uuid(),
      reviewerName: z.string(),
      requestedByName: z.string().nullable(),
      state: z.enum(["requested", "approved", "changes_requested", "withdrawn"]),
      note: z.string().nullable(),
      createdAt: z.date(),
      decidedAt: z.date().nullable(),
    }),
  ),
  reviewerCandidates: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  /** What is still open in the stored text: the Checks findings and template sentences left in. */
  readiness: z.object({
    summary: z.string().nullable(),
    findings: z.number().int(),
    placeholders: z.array(z.string()),
  }),
  /** The team's rule: nothing open before review and publishing (the dialogs then refuse to send). */
  requiresNothingOpen: z.boolean(),
  isAuthor: z.boolean(),
  permissions: z.object({
    canEdit: z.boolean(),
    canRequestReview: z.boolean(),
    canWithdraw: z.boolean(),
    canReview: z.boolean(),
    canPublish: z.boolean(),
  }),
});

export const ZAssessmentSummary = z.object({ id: z.uuid(), title: z.string() });

const zNote = z.string().trim().max(2000, "A note must be at most 2,000 characters.").optional();
const zVersionNumber = z
  .number({ error: "Name a version by its number." })
  .int("Name a version by its number.")
  .min(1, "Versions are numbered from 1.")
  .max(100_000, "There is no such version.");

export const ZRequestReviewInput = z.object({
  assessmentId: zId("assessment"),
  reviewerIds: z
    .array(zId("reviewer"))
    .min(1, "Choose at least one reviewer.")
    .max(20, "Ask at most 20 reviewers at once."),
  note: zNote,
});
export const ZDecideReviewInput = z.object({
  assessmentId: zId("assessment"),
  decision: z.enum(["approve", "request_changes"], { error: "Decide to approve or to request changes." }),
  note: zNote,
});
export const ZStatusOutput = z.object({ id: z.uuid(), status: zStatus });

export const ZPublishOutput = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  number: z.number().int(),
  publishedAt: z.date(),
});

const ZCitedClaimSnapshot = z.object({
  claimId: z.string(),
  statement: z.string(),
  quote: z.string(),
  code: z.string(),
  credibility: z.string().nullable(),
  reliability: z.string().nullable(),
  contradictionsCount: z.number().int(),
  articleId: z.string(),
  articleTitle: z.string(),
  outletName: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const ZVersionsOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      publishedAt: z.date(),
      approvedByName: z.string(),
      publishedByName: z.string(),
    }),
  ),
});

export const ZVersionRef = z.object({ assessmentId: zId("assessment"), number: zVersionNumber });
export const ZVersionOutput = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  content: ZDocJson,
  citations: z.array(ZCitedClaimSnapshot),
  publishedAt: z.date(),
  approvedByName: z.string(),
  publishedByName: z.string(),
  isLatest: z.boolean(),
  latestNumber: z.number().int(),
  reReview: z.array(z.object({ claimId: z.string(), statement: z.string(), changes: z.array(z.string()) })),
});

export const ZDiffInput = z.object({
  assessmentId: zId("assessment"),
  from: zVersionNumber,
  to: z.union([zVersionNumber, z.literal("draft")]),
});
const ZDiffPart = z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) });
export const ZDiffOutput = z.object({
  from: z.number().int(),
  to: z.union([z.number().int(), z.literal("draft")]),
  blocks: z.array(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("same"), text: z.string() }),
      z.object({ kind: z.literal("added"), text: z.string() }),
      z.object({ kind: z.literal("removed"), text: z.string() }),
      z.object({ kind: z.literal("changed"), parts: z.array(ZDiffPart) }),
      z.object({ kind: z.literal("folded"), count: z.number().int() }),
    ]),
  ),
  stats: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
});

export const ZPublishedInput = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(50).optional(),
});
export const ZPublishedOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      assessmentId: z.uuid(),
      number: z.number().int(),
      title: z.string(),
      excerpt: z.string(),
      citationsCount: z.number().int(),
      publishedAt: z.date(),
      isLatest: z.boolean(),
      approvedByName: z.string(),
      publishedByName: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const ZExportInput = z.object({ assessmentId: zId("assessment"), number: zVersionNumber.optional() });
export const ZExportOutput = z.object({ fileName: z.string(), markdown: z.string() });
