import { z } from "zod";

import { RELIABILITY_GRADES } from "@/lib/scales";
import { SOURCE_KINDS } from "@/lib/sources";
import { parseHttpUrl } from "@/lib/url";

const zId = (what: string) => z.uuid({ error: `That is not a valid ${what} id.` });
const zKind = z.enum(SOURCE_KINDS, {
  error: "Kind must be outlet, person, organisation, social account or government body.",
});
const zName = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(200, "Name must be at most 200 characters.");
const zUrl = z
  .string()
  .trim()
  .max(2048, "URL must be at most 2048 characters.")
  .refine(
    (value) => value === "" || parseHttpUrl(value) !== null,
    "URL must start with http:// or https://.",
  );
const zDescription = z.string().trim().max(2000, "Description must be at most 2000 characters.");
const zGrade = z.enum(RELIABILITY_GRADES, { error: "Grade must be one of A, B, C, D, E or F." });

export const ZSourceRef = z.object({ sourceId: zId("source") });

export const ZListSourcesInput = z.object({
  q: z.string().trim().max(200, "Search must be at most 200 characters.").optional(),
  kind: zKind.optional(),
  sort: z.enum(["name", "articles", "reliability"]).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
});

const ZConsensus = z.object({
  grade: zGrade.nullable(),
  spread: z.number().int(),
  isDisputed: z.boolean(),
  count: z.number().int(),
  isHidden: z.boolean(),
});

export const ZListSourcesOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      kind: zKind,
      domain: z.string().nullable(),
      articleCount: z.number().int(),
      hasRated: z.boolean(),
      consensus: ZConsensus,
    }),
  ),
  hasMore: z.boolean(),
});

export const ZCreateSourceInput = z.object({
  kind: zKind,
  name: zName,
  url: zUrl.optional(),
  description: zDescription.optional(),
});
export const ZSourceSummaryOutput = z.object({ id: z.uuid(), name: z.string(), kind: zKind });

export const ZUpdateSourceInput = z.object({
  sourceId: zId("source"),
  name: zName.optional(),
  kind: zKind.optional(),
  url: zUrl.nullable().optional(),
  description: zDescription.nullable().optional(),
});

export const ZMergeSourcesInput = z.object({ sourceId: zId("source"), intoId: zId("source") });
export const ZMergeSourcesOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  consensus: ZConsensus.omit({ isHidden: true }),
});

export const ZRateSourceInput = z.object({
  sourceId: zId("source"),
  grade: zGrade,
  rationale: z
    .string({ error: "Give a rationale for the grade." })
    .trim()
    .min(3, "Give a rationale for the grade, in a sentence or two.")
    .max(2000, "Rationale must be at most 2000 characters."),
});
export const ZRateSourceOutput = z.object({
  ratingId: z.uuid(),
  grade: zGrade,
  consensus: ZConsensus.omit({ isHidden: true }),
});

const ZRating = z.object({
  raterId: z.uuid(),
  raterName: z.string(),
  grade: zGrade,
  rationale: z.string(),
  ratedAt: z.date(),
});

export const ZGetSourceOutput = z.object({
  mergedIntoId: z.uuid().nullable(),
  source: z
    .object({
      id: z.uuid(),
      name: z.string(),
      kind: zKind,
      domain: z.string().nullable(),
      url: z.string().nullable(),
      description: z.string().nullable(),
      createdAt: z.date(),
      consensus: ZConsensus,
      canRate: z.boolean(),
      canEdit: z.boolean(),
      myRatings: z.array(
        z.object({ id: z.uuid(), grade: zGrade, rationale: z.string(), createdAt: z.date() }),
      ),
      ratings: z.array(ZRating).nullable(),
      history: z
        .array(
          z.object({
            id: z.uuid(),
            raterId: z.uuid(),
            raterName: z.string(),
            grade: zGrade,
            rationale: z.string(),
            createdAt: z.date(),
          }),
        )
        .nullable(),
      distribution: z.array(z.object({ grade: zGrade, count: z.number().int() })).nullable(),
      timeline: z
        .array(
          z.object({
            at: z.date(),
            grade: zGrade.nullable(),
            spread: z.number().int(),
            count: z.number().int(),
          }),
        )
        .nullable(),
      articles: z.array(
        z.object({ id: z.uuid(), title: z.string(), publishedAt: z.date().nullable(), createdAt: z.date() }),
      ),
    })
    .nullable(),
});
