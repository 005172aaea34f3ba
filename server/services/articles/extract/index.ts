import { createHash } from "node:crypto";

import * as chrono from "chrono-node";

import type { SuggestedMetadata } from "@/db/schema";
import {
  buildDocument,
  countWords,
  normalizeInput,
  type ArticleDocument,
  type LogicalBlock,
} from "@/lib/text/document";
import { dropLeadingBlocks, findDateLine, guessTitle, headerBlockCount } from "@/lib/text/metadata";
import { parseMarkdown, parsePlainText } from "@/lib/text/parse-plain";
import { canonicalizeUrl, parseHttpUrl, siteHost } from "@/lib/url";
import { AppError } from "@/server/errors";

import { extractHtml } from "./html";
import { detectLanguage, normalizeLanguageTag } from "./language";
import { extractPdf } from "./pdf";
import { decodeText } from "./text";

/** Upload and article limits. The HTTP route refuses larger bodies before reading them. */
export const IMPORT_LIMITS = {
  /** Any one uploaded file. */
  fileBytes: 20 * 1024 * 1024,
  /** Text, Markdown and HTML files (a PDF may be larger for the same text). */
  textFileBytes: 5 * 1024 * 1024,
  /** Characters of article text after extraction (and of pasted text). */
  articleChars: 500_000,
} as const;

export const FILE_KINDS = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
} as const;
export type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

export interface Extraction {
  doc: ArticleDocument;
  contentHash: string;
  wordCount: number;
  suggested: SuggestedMetadata;
}

/** SHA-256 of the canonical text, hex: the snapshot's identity. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A date from metadata ("2025-04-10T08:00:00Z", "April 10, 2025") as ISO, or null. */
function normalizeDate(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const direct = /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? new Date(value.trim()) : null;
  const parsed =
    direct && !Number.isNaN(direct.getTime())
      ? direct
      : chrono.parseDate(value, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" });
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null;
}

export interface Hints {
  title?: string | null;
  outletName?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  language?: string | null;
}

/** Turn blocks and whatever metadata was found into an extraction, or refuse empty or huge text. */
function finish(logical: LogicalBlock[], hints: Hints): Extraction {
  const whole = buildDocument(logical);
  if (whole.text.trim().length === 0) throw new AppError("EMPTY_TEXT");
  if (whole.text.length > IMPORT_LIMITS.articleChars) throw new AppError("ARTICLE_TOO_LONG");
  const dateLine = findDateLine(whole);
  const title = hints.title?.trim() || guessTitle(whole, dateLine);
  // The header lines (a date line, the title again) are metadata: the snapshot starts with the body.
  const givenDate = normalizeDate(hints.publishedAt);
  const doc = dropLeadingBlocks(
    whole,
    headerBlockCount(
      whole,
      { title: hints.title?.trim() || null, publishedAt: givenDate ? new Date(givenDate) : null },
      dateLine,
    ),
  );
  const url = hints.url && parseHttpUrl(hints.url) ? hints.url.trim() : null;
  const canonicalUrl = canonicalizeUrl(hints.canonicalUrl ?? "") ?? (url ? canonicalizeUrl(url) : null);
  const host = canonicalUrl ? siteHost(canonicalUrl) : null;
  return {
    doc,
    contentHash: hashText(doc.text),
    wordCount: countWords(doc.text),
    suggested: {
      title,
      outletName: hints.outletName?.trim() || host,
      author: hints.author?.trim() || null,
      publishedAt: givenDate ?? dateLine?.date.toISOString() ?? null,
      url: url || canonicalUrl,
      canonicalUrl,
      language: normalizeLanguageTag(hints.language) ?? detectLanguage(doc.text),
    },
  };
}

/** Pasted text, with whatever metadata the person typed beside it. */
export function extractPastedText(text: string, hints: Hints = {}): Extraction {
  if (text.length > IMPORT_LIMITS.articleChars) throw new AppError("ARTICLE_TOO_LONG");
  return finish(parsePlainText(normalizeInput(text)), hints);
}

/** Markdown text (served from a URL). */
export function extractMarkdownText(text: string, hints: Hints = {}): Extraction {
  if (text.length > IMPORT_LIMITS.articleChars) throw new AppError("ARTICLE_TOO_LONG");
  return finish(parseMarkdown(normalizeInput(text)), hints);
}

/** An HTML page (from a file or a URL). */
export function extractHtmlPage(html: string, hints: Hints = {}): Extraction {
  const page = extractHtml(html);
  return finish(page.blocks, {
    title: page.title,
    outletName: page.outletName,
    author: page.author,
    publishedAt: page.publishedAt,
    canonicalUrl: page.canonicalUrl ?? hints.canonicalUrl,
    language: page.language,
    ...Object.fromEntries(Object.entries(hints).filter(([key, value]) => value && key !== "canonicalUrl")),
  });
}

/** The kind of an uploaded file from its name, or UNSUPPORTED_FILE_TYPE. */
export function fileKindOf(fileName: string): FileKind {
  const extension = /\.[a-z0-9]+$/i.exec(fileName)?.[0]?.toLowerCase() ?? "";
  const kind = (FILE_KINDS as Record<string, FileKind | undefined>)[extension];
  if (!kind) throw new AppError("UNSUPPORTED_FILE_TYPE");
  return kind;
}

/** An uploaded file, checked by size, by name, and by its content (a ".txt" must be text). */
export async function extractFile(fileName: string, bytes: Uint8Array): Promise<Extraction> {
  const kind = fileKindOf(fileName);
  if (bytes.length === 0) throw new AppError("EMPTY_TEXT");
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw new AppError("FILE_TOO_LARGE");
  if (kind !== "pdf" && bytes.length > IMPORT_LIMITS.textFileBytes) throw new AppError("FILE_TOO_LARGE");
  const baseName = fileName
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();

  if (kind === "pdf") {
    if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-")
      throw new AppError("PDF_UNREADABLE");
    const pdf = await extractPdf(bytes);
    const text = normalizeInput(
      pdf.blocks.map((block) => (block.type === "paragraph" ? block.text : "")).join("\n\n"),
    );
    return finish(parsePlainText(text), {
      title: pdf.title,
      author: pdf.author,
      publishedAt: pdf.publishedAt,
    });
  }
  const decoded = decodeText(bytes);
  if (kind === "html") return extractHtmlPage(decoded);
  const normalized = normalizeInput(decoded);
  const extraction = finish(kind === "markdown" ? parseMarkdown(normalized) : parsePlainText(normalized), {});
  // A file called "istanbul-talks.txt" with no title line of its own is better named after the file.
  if (extraction.suggested.title === "Untitled article" && baseName) extraction.suggested.title = baseName;
  return extraction;
}
