import { z } from "zod";

import { CLAIM_LIMITS } from "@/lib/claims";
import type { MdBlock } from "@/lib/markdown/ast";

import { zId, zText } from "../shared-schema";

/** A thread is on a claim, an article or an assessment: exactly one id. */
const zSubject = z.union(
  [
    z.object({ claimId: zId("claim") }).strict(),
    z.object({ articleId: zId("article") }).strict(),
    z.object({ assessmentId: zId("assessment") }).strict(),
  ],
  {
    error: "Say what the comment is about: a claim, an article or an assessment.",
  },
);

const zBody = zText("Comment", CLAIM_LIMITS.comment);

export const ZListCommentsInput = z.object({ subject: zSubject });
export const ZCreateCommentInput = z.object({
  subject: zSubject,
  threadId: zId("thread").nullable().optional(),
  body: zBody,
  /** For a new thread on an assessment: the words of the text it is about. */
  quote: z.string().trim().max(500, "Quote at most 500 characters of the text.").optional(),
});
export const ZCreateCommentOutput = z.object({
  id: z.uuid(),
  threadId: z.uuid().nullable(),
  notified: z.number().int(),
});
export const ZUpdateCommentInput = z.object({ commentId: zId("comment"), body: zBody });
export const ZCommentRef = z.object({ commentId: zId("comment") });
export const ZResolveThreadInput = z.object({ commentId: zId("comment"), isResolved: z.boolean() });

const ZComment = z.object({
  id: z.uuid(),
  authorId: z.uuid().nullable(),
  authorName: z.string(),
  body: z.string(),
  /** The body parsed (lib/markdown), as the browser renders it. Made by our parser, not checked again. */
  blocks: z.custom<MdBlock[]>((value) => Array.isArray(value)),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  isDeleted: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});

export const ZListCommentsOutput = z.object({
  threads: z.array(
    ZComment.extend({
      /** The thread's first comment as one line of plain text, for its collapsed summary. */
      plainText: z.string(),
      quote: z.string().nullable(),
      resolvedAt: z.date().nullable(),
      resolvedByName: z.string().nullable(),
      replies: z.array(ZComment),
    }),
  ),
  canComment: z.boolean(),
});
