import { z } from "zod";

import { CLAIM_LIMITS, TAG_COLORS } from "@/lib/claims";

import { zId, zText } from "../shared-schema";

const zColor = z.enum(TAG_COLORS, { error: `Colour must be one of ${TAG_COLORS.join(", ")}.` });
const zDescription = z
  .string()
  .trim()
  .max(CLAIM_LIMITS.tagDescription, `Description must be at most ${CLAIM_LIMITS.tagDescription} characters.`)
  .nullable()
  .optional();

export const ZTag = z.object({
  id: z.uuid(),
  name: z.string(),
  color: zColor,
  parentId: z.uuid().nullable(),
});

export const ZListTagsOutput = z.object({
  items: z.array(ZTag.extend({ description: z.string().nullable(), claimCount: z.number().int() })),
  canManage: z.boolean(),
});

export const ZCreateTagInput = z.object({
  name: zText("Tag name", CLAIM_LIMITS.tagName),
  color: zColor,
  description: zDescription,
  parentId: zId("parent tag").nullable().optional(),
});

export const ZUpdateTagInput = z.object({
  tagId: zId("tag"),
  name: zText("Tag name", CLAIM_LIMITS.tagName).optional(),
  color: zColor.optional(),
  description: zDescription,
  parentId: zId("parent tag").nullable().optional(),
});

export const ZTagRef = z.object({ tagId: zId("tag") });
export const ZMergeTagsInput = z.object({ tagId: zId("tag"), intoId: zId("tag") });
export const ZMergeTagsOutput = z.object({ id: z.uuid(), name: z.string(), claimsMoved: z.number().int() });
