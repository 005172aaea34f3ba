import { z } from "zod";

import { CLAIM_LIMITS, CLAIM_STATUSES, CLAIM_TYPES, LINK_KINDS, TAG_COLORS } from "@/lib/claims";
import type { CredibilityLevel, ReliabilityGrade } from "@/lib/scales";
import { SOURCE_KINDS } from "@/lib/sources";

import { zGrade, zId, zLevel, zText } from "../shared-schema";

const zType = z.enum(CLAIM_TYPES, { error: `Type must be one of ${CLAIM_TYPES.join(", ")}.` });
const zStatus = z.enum(CLAIM_STATUSES, { error: `Status must be one of ${CLAIM_STATUSES.join(", ")}.` });
const zLinkKind = z.enum(LINK_KINDS, { error: `Relation must be one of ${LINK_KINDS.join(", ")}.` });
const zStatement = zText("Statement", CLAIM_LIMITS.statement);
const zRationale = zText("Rationale", CLAIM_LIMITS.rationale);
const zTagIds = z
  .array(zId("tag"))
  .max(CLAIM_LIMITS.tagsPerClaim, `A claim can have at most ${CLAIM_LIMITS.tagsPerClaim} tags.`);
const zOffset = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} lies outside the article.`)
    .max(10_000_000, `${label} lies outside the article.`);

/** Who asserts the claim: an existing source, a new one by name and kind, or nobody. */
const zSpeaker = z
  .union([
    z.object({ id: zId("speaker") }),
    z.object({
      name: zText("Speaker's name", 200),
      kind: z.enum(SOURCE_KINDS, { error: "Speaker kind is not one of the source kinds." }),
    }),
  ])
  .nullable();

export const ZClaimRef = z.object({ claimId: zId("claim") });
export const ZClaimsByIdsInput = z.object({
  claimIds: z.array(zId("claim")).max(500, "Ask for at most 500 claims at once."),
});
export const ZReReviewImpactInput = z.object({
  claimIds: z.array(zId("claim")).min(1, "Name at least one claim.").max(50, "Ask about at most 50 claims."),
});
export const ZArticleClaimsInput = z.object({ articleId: zId("article") });

export const ZCreateClaimInput = z.object({
  articleId: zId("article"),
  start: zOffset("The selection's start"),
  end: zOffset("The selection's end"),
  quote: z
    .string({ error: "Select the words of the claim in the article." })
    .min(1, "Select the words of the claim in the article.")
    .max(20_000, "A claim's passage can be at most 20,000 characters. Select a shorter passage."),
  statement: zStatement,
  speaker: zSpeaker.optional(),
  type: zType,
  status: zStatus.optional(),
  tagIds: zTagIds.optional(),
  rating: z.object({ level: zLevel, rationale: zRationale }).nullable().optional(),
});
export const ZCreateClaimOutput = z.object({ id: z.uuid(), start: z.number(), end: z.number() });

export const ZUpdateClaimInput = z.object({
  claimId: zId("claim"),
  statement: zStatement.optional(),
  speaker: zSpeaker.optional(),
  type: zType.optional(),
  status: zStatus.optional(),
  tagIds: zTagIds.optional(),
});

export const ZRateClaimInput = z.object({ claimId: zId("claim"), level: zLevel, rationale: zRationale });
export const ZRateClaimOutput = z.object({
  ratingId: z.uuid(),
  consensus: z.object({
    grade: zLevel.nullable(),
    spread: z.number().int(),
    isDisputed: z.boolean(),
    count: z.number().int(),
  }),
});

export const ZTagClaimsInput = z
  .object({
    claimIds: z
      .array(zId("claim"))
      .min(1, "Choose at least one claim.")
      .max(200, "Tag at most 200 claims at once."),
    addTagIds: zTagIds.default([]),
    removeTagIds: zTagIds.default([]),
  })
  .refine(
    (input) => input.addTagIds.length + input.removeTagIds.length > 0,
    "Choose a tag to add or remove.",
  );

export const ZLinkClaimsInput = z.object({
  claimId: zId("claim"),
  toClaimId: zId("claim"),
  kind: zLinkKind,
  note: z
    .string()
    .trim()
    .max(CLAIM_LIMITS.linkNote, `Note must be at most ${CLAIM_LIMITS.linkNote} characters.`)
    .nullable()
    .optional(),
});
export const ZLinkRef = z.object({ linkId: zId("link") });

const zCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-F][1-6]$/, "A combined code is a letter A–F and a digit 1–6, like B2.")
  .transform((code) => ({
    reliability: code.charAt(0) as ReliabilityGrade,
    credibility: code.charAt(1) as CredibilityLevel,
  }));

export const ZListClaimsInput = z.object({
  q: z.string().trim().max(200, "Search must be at most 200 characters.").optional(),
  tagIds: z.array(zId("tag")).max(20).optional(),
  status: z.array(zStatus).max(CLAIM_STATUSES.length).optional(),
  speakerId: zId("speaker").optional(),
  outletId: zId("outlet").optional(),
  credibility: z.array(zLevel).max(6).optional(),
  code: zCode.optional(),
  articleId: zId("article").optional(),
  authorId: zId("author").optional(),
  hasContradictions: z.boolean().optional(),
  sort: z.enum(["recent", "oldest", "credibility", "relevance"]).optional(),
  cursor: z.string().max(1000).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

const zTagChip = z.object({ id: z.uuid(), name: z.string(), color: z.enum(TAG_COLORS).or(z.string()) });

export const ZClaimSummary = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  article: z.object({
    id: z.uuid(),
    title: z.string(),
    publishedAt: z.date().nullable(),
    isDeleted: z.boolean(),
  }),
  anchor: z.object({
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  }),
  statement: z.string(),
  type: zType,
  status: zStatus,
  speaker: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(SOURCE_KINDS) }).nullable(),
  outlet: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  credibility: z.object({
    grade: zLevel.nullable(),
    spread: z.number().int(),
    isDisputed: z.boolean(),
    count: z.number().int(),
  }),
  reliability: z.object({
    grade: zGrade.nullable(),
    isHidden: z.boolean(),
    from: z.enum(["speaker", "outlet"]).nullable(),
    sourceName: z.string().nullable(),
  }),
  code: z.string(),
  tags: z.array(zTagChip),
  contradictionsCount: z.number().int(),
  commentsCount: z.number().int(),
  openThreadsCount: z.number().int(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ZListClaimsOutput = z.object({
  items: z.array(ZClaimSummary),
  nextCursor: z.string().nullable(),
  sort: z.enum(["recent", "oldest", "credibility", "relevance"]),
  canTag: z.boolean(),
});

export const ZArticleClaimsOutput = z.object({ items: z.array(ZClaimSummary), canCreate: z.boolean() });

const ZRating = z.object({
  id: z.uuid(),
  raterId: z.uuid(),
  raterName: z.string(),
  level: zLevel,
  rationale: z.string(),
  createdAt: z.date(),
  isCurrent: z.boolean(),
});

export const ZGetClaimOutput = ZClaimSummary.extend({
  ratings: z.array(ZRating),
  myRating: ZRating.nullable(),
  links: z.array(
    z.object({
      id: z.uuid(),
      kind: zLinkKind,
      direction: z.enum(["outgoing", "incoming"]),
      label: z.string(),
      note: z.string().nullable(),
      createdAt: z.date(),
      createdByName: z.string(),
      other: ZClaimSummary,
    }),
  ),
  permissions: z.object({
    canEdit: z.boolean(),
    canDelete: z.boolean(),
    canRate: z.boolean(),
    canLink: z.boolean(),
    canComment: z.boolean(),
  }),
});

export const ZIdOutput = z.object({ id: z.uuid() });
