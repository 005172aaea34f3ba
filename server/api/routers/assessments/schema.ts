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
  permissions: z.object({ canEdit: z.boolean() }),
});

export const ZAssessmentSummary = z.object({ id: z.uuid(), title: z.string() });
