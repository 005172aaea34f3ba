import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { extractFile, extractHtmlPage, extractMarkdownText, extractPastedText } from "./extract";
import { defaultFetchPolicy, fetchPage, type FetchPolicy } from "./fetch-url";
import { stageImport, type ImportPreview } from "./stage-import";

export interface PastedArticleInput {
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  outletName?: string | undefined;
  author?: string | undefined;
  publishedAt?: string | undefined;
}

/** Pasted text, staged for review (editors). */
export async function importText(
  { db, actor }: TeamContext,
  input: PastedArticleInput,
): Promise<ImportPreview> {
  assertCan(actor, "article.create");
  const extraction = extractPastedText(input.text, input);
  return stageImport(db, actor, "paste", extraction);
}

/** An uploaded file, staged for review (editors). */
export async function importFile(
  { db, actor }: TeamContext,
  input: { fileName: string; bytes: Uint8Array },
): Promise<ImportPreview> {
  assertCan(actor, "article.create");
  const extraction = await extractFile(input.fileName, input.bytes);
  return stageImport(db, actor, "file", extraction, input.fileName);
}

/** A page fetched from a URL (through the SSRF guard), staged for review (editors). */
export async function importUrl(
  { db, actor, fetchPolicy }: TeamContext & { fetchPolicy?: FetchPolicy },
  input: { url: string },
): Promise<ImportPreview> {
  assertCan(actor, "article.create");
  const page = await fetchPage(input.url, fetchPolicy ?? defaultFetchPolicy());
  const hints = { url: input.url, canonicalUrl: page.finalUrl };
  const extraction =
    page.contentType === "text/html" || page.contentType === "application/xhtml+xml"
      ? extractHtmlPage(page.body, hints)
      : page.contentType === "text/markdown"
        ? extractMarkdownText(page.body, hints)
        : extractPastedText(page.body, hints);
  return stageImport(db, actor, "url", extraction);
}
