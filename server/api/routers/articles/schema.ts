import { z } from "zod";

import { RELIABILITY_GRADES } from "@/lib/scales";
import { parseHttpUrl } from "@/lib/url";
import { IMPORT_LIMITS } from "@/server/services/articles/extract";

const zId = (what: string) => z.uuid({ error: `That is not a valid ${what} id.` });
const zOptionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional();
const zUrl = z
  .string()
  .trim()
  .max(2048, "URL must be at most 2048 characters.")
  .refine((value) => value === "" || parseHttpUrl(value) !== null, "URL must start with http:// or https://.")
  .transform((value) => value || null)
  .nullable()
  .optional();

export const ZArticleRef = z.object({ articleId: zId("article") });

export const ZImportTextInput = z.object({
  text: z
    .string({ error: "Paste the article's text." })
    .max(IMPORT_LIMITS.articleChars, "Articles can be at most 500,000 characters long.")
    .refine((value) => value.trim().length > 0, "Paste the article's text: it is empty."),
  title: z.string().trim().max(300, "Title must be at most 300 characters.").optional(),
  url: z
    .string()
    .trim()
    .max(2048, "URL must be at most 2048 characters.")
    .refine(
      (value) => value === "" || parseHttpUrl(value) !== null,
      "URL must start with http:// or https://.",
    )
    .optional(),
  outletName: z.string().trim().max(200, "Outlet must be at most 200 characters.").optional(),
  author: z.string().trim().max(200, "Author must be at most 200 characters.").optional(),
  publishedAt: z.string().trim().max(40).optional(),
});

/** Base64 of at most IMPORT_LIMITS.fileBytes bytes. */
const MAX_BASE64 = Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4;

export const ZImportFileInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, "The file needs a name.")
    .max(255, "File name must be at most 255 characters."),
  contentBase64: z
    .string()
    .max(MAX_BASE64, "This file is too large: files can be at most 20 MB.")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file's content did not arrive intact. Try again."),
});

export const ZImportUrlInput = z.object({
  url: z
    .string({ error: "Enter a web address." })
    .trim()
    .min(1, "Enter a web address.")
    .max(2048, "URL must be at most 2048 characters."),
});

const ZSuggested = z.object({
  title: z.string(),
  outletName: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  language: z.string().nullable(),
});

export const ZImportPreviewOutput = z.object({
  importId: z.uuid(),
  suggested: ZSuggested,
  contentHash: z.string(),
  wordCount: z.number().int(),
  blockCount: z.number().int(),
  excerpt: z.string(),
  duplicate: z
    .object({
      articleId: z.uuid(),
      title: z.string(),
      isDeleted: z.boolean(),
      reason: z.enum(["text", "url"]),
    })
    .nullable(),
});

const metadataFields = {
  title: z
    .string({ error: "Title is required." })
    .trim()
    .min(1, "Title is required.")
    .max(300, "Title must be at most 300 characters."),
  outletId: zId("source").nullable().optional(),
  outletName: zOptionalText("Outlet", 200),
  author: zOptionalText("Author", 200),
  publishedAt: z.date({ error: "Published date is not a valid date." }).nullable().optional(),
  url: zUrl,
  language: zOptionalText("Language", 12),
};

export const ZCreateArticleInput = z.object({ importId: zId("import"), ...metadataFields });
export const ZCreateArticleOutput = z.discriminatedUnion("status", [
  z.object({ status: z.literal("attached"), articleId: z.uuid() }),
  z.object({
    status: z.literal("duplicate"),
    articleId: z.uuid(),
    isDeleted: z.boolean(),
    reason: z.enum(["text", "url"]),
  }),
]);

export const ZUpdateArticleInput = z.object({
  articleId: zId("article"),
  ...metadataFields,
  title: metadataFields.title.optional(),
});
export const ZUpdateArticleOutput = z.object({ id: z.uuid(), changed: z.array(z.string()) });

export const ZDeleteArticleOutput = z.object({ id: z.uuid(), isDeleted: z.boolean() });

const ZConsensus = z.object({
  grade: z.enum(RELIABILITY_GRADES).nullable(),
  spread: z.number().int(),
  isDisputed: z.boolean(),
  count: z.number().int(),
  isHidden: z.boolean(),
});
export const ZOutletSummary = z.object({ id: z.uuid(), name: z.string(), consensus: ZConsensus }).nullable();

export const ZListArticlesInput = z.object({
  q: z.string().trim().max(500, "Search must be at most 500 characters.").optional(),
  outletId: zId("source").optional(),
  reliability: z.array(z.enum(RELIABILITY_GRADES)).max(6).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  attachedBy: zId("person").optional(),
  tagId: zId("tag").optional(),
  isDeleted: z.boolean().optional(),
  sort: z.enum(["relevance", "published", "attached", "title"]).optional(),
  cursor: z.string().max(4096).nullish(),
  limit: z.number().int().min(1).max(50).optional(),
});

export const ZListArticlesOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      author: z.string().nullable(),
      publishedAt: z.date().nullable(),
      createdAt: z.date(),
      wordCount: z.number().int(),
      language: z.string().nullable(),
      deletedAt: z.date().nullable(),
      attachedByName: z.string().nullable(),
      snippet: z.string(),
      outlet: ZOutletSummary,
    }),
  ),
  nextCursor: z.string().nullable(),
  sort: z.enum(["relevance", "published", "attached", "title"]),
});

const ZSpan = z.object({ start: z.number().int(), end: z.number().int() });
const ZBlock = z.discriminatedUnion("type", [
  ZSpan.extend({ type: z.literal("paragraph") }),
  ZSpan.extend({ type: z.literal("heading"), level: z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
  ZSpan.extend({ type: z.literal("list-item"), ordered: z.boolean() }),
  ZSpan.extend({ type: z.literal("quote") }),
  ZSpan.extend({ type: z.literal("table"), rows: z.array(z.array(ZSpan)) }),
]);

export const ZGetArticleOutput = z.object({
  id: z.uuid(),
  title: z.string(),
  author: z.string().nullable(),
  publishedAt: z.date().nullable(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  language: z.string().nullable(),
  wordCount: z.number().int(),
  text: z.string(),
  blocks: z.array(ZBlock),
  contentHash: z.string(),
  importMethod: z.enum(["paste", "file", "url"]),
  fileName: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  attachedByName: z.string().nullable(),
  deletedAt: z.date().nullable(),
  deletedByName: z.string().nullable(),
  outlet: ZOutletSummary,
  canEdit: z.boolean(),
});

export const ZArticleHistoryOutput = z.array(
  z.object({
    id: z.uuid(),
    verb: z.string(),
    actorName: z.string().nullable(),
    createdAt: z.date(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  }),
);
