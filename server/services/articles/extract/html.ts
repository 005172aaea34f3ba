import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

import { collapseWhitespace, type LogicalBlock } from "@/lib/text/document";

/**
 * HTML to text blocks and metadata. The page is parsed on a server-side DOM (linkedom), its main text
 * found with Mozilla Readability, and only text content is kept: imported HTML is never rendered as
 * HTML, so scripts, styles, frames and event handlers cannot reach anyone's browser.
 */
export interface HtmlExtraction {
  blocks: LogicalBlock[];
  title: string | null;
  outletName: string | null;
  author: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

type Element = ReturnType<typeof parseHTML>["document"]["body"];

function meta(document: ReturnType<typeof parseHTML>["document"], ...names: string[]): string | null {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(", ") || undefined;
  if (value && typeof value === "object" && "name" in value) return textOf(value.name);
  return undefined;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

/** The first article-like object in the page's JSON-LD, if any; malformed JSON is ignored. */
function readJsonLd(document: ReturnType<typeof parseHTML>["document"]): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...(item as unknown[]));
        continue;
      }
      if (!item || typeof item !== "object") continue;
      const record = item as Record<string, unknown>;
      if (Array.isArray(record["@graph"])) queue.push(...(record["@graph"] as unknown[]));
      const type = record["@type"];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((value) => typeof value === "string" && ARTICLE_TYPES.test(value))) {
        return {
          headline: textOf(record.headline) ?? textOf(record.name),
          datePublished: textOf(record.datePublished),
          author: textOf(record.author),
          publisher: textOf(record.publisher),
        };
      }
    }
  }
  return {};
}

const BLOCK_TAGS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "TABLE",
  "PRE",
  "FIGCAPTION",
  "DD",
  "DT",
]);

/** Walk the readable content and emit text blocks; containers are descended into. */
function collectBlocks(root: Element, out: LogicalBlock[]): void {
  for (const child of Array.from(root.children) as Element[]) {
    const tag = child.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "IFRAME" || tag === "NOSCRIPT" || tag === "TEMPLATE")
      continue;
    if (/^H[1-6]$/.test(tag)) {
      const level = Math.min(3, Math.max(1, Number(tag.slice(1)) - 1)) as 1 | 2 | 3;
      out.push({ type: "heading", level, text: child.textContent ?? "" });
    } else if (tag === "LI") {
      out.push({
        type: "list-item",
        ordered: child.parentElement?.tagName.toUpperCase() === "OL",
        text: child.textContent ?? "",
      });
    } else if (tag === "BLOCKQUOTE") {
      out.push({ type: "quote", text: child.textContent ?? "" });
    } else if (tag === "TABLE") {
      const rows = Array.from(child.querySelectorAll("tr")).map((row) =>
        Array.from(row.children)
          .filter((cell) => /^T[HD]$/i.test(cell.tagName))
          .map((cell) => cell.textContent ?? ""),
      );
      out.push({ type: "table", rows });
    } else if (BLOCK_TAGS.has(tag)) {
      out.push({ type: "paragraph", text: child.textContent ?? "" });
    } else if (
      child.children.length > 0 &&
      Array.from(child.children).some(
        (inner) =>
          !/^(A|SPAN|EM|STRONG|B|I|BR|SUP|SUB|SMALL|TIME|ABBR|CITE|CODE|MARK|U|S)$/i.test(inner.tagName),
      )
    ) {
      collectBlocks(child, out);
    } else if (collapseWhitespace(child.textContent ?? "")) {
      out.push({ type: "paragraph", text: child.textContent ?? "" });
    }
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A page title without the site's name around it: "Embassy deal | Harbour Post" → "Embassy deal".
 * The page's own <h1> wins when the title starts with it.
 */
export function cleanTitle(title: string, siteName: string | null, h1: string | null): string {
  const value = collapseWhitespace(title);
  const heading = h1 ? collapseWhitespace(h1) : "";
  if (heading.length >= 8 && value.startsWith(heading)) return heading;
  if (!siteName) return value;
  const site = escapeRegExp(collapseWhitespace(siteName));
  const stripped = value
    .replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${site}\\s*$`, "i"), "")
    .replace(new RegExp(`^${site}\\s*[|\\-–—:·•]\\s*`, "i"), "");
  return stripped.length >= 3 ? stripped : value;
}

/** Extract the article from an HTML page. */
export function extractHtml(html: string): HtmlExtraction {
  const { document } = parseHTML(html);
  const jsonLd = readJsonLd(document);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url");
  const language =
    document.documentElement.getAttribute("lang") ?? meta(document, "og:locale", "content-language");
  const ogTitle = meta(document, "og:title", "twitter:title");
  const metaAuthor = meta(document, "author", "article:author", "parsely-author", "sailthru.author");
  const metaDate = meta(
    document,
    "article:published_time",
    "og:article:published_time",
    "date",
    "pubdate",
    "publish-date",
    "dc.date",
    "DC.date.issued",
    "parsely-pub-date",
  );
  const siteName = meta(document, "og:site_name", "application-name");
  const h1 = document.querySelector("h1")?.textContent ?? null;

  // Readability changes the document it reads; metadata is taken first.
  const readable = new Readability(document, { charThreshold: 200 }).parse();
  const blocks: LogicalBlock[] = [];
  if (readable?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`);
    collectBlocks(content.body, blocks);
  }
  if (blocks.length === 0 && readable?.textContent) {
    for (const part of readable.textContent.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: part });
  }

  const title =
    jsonLd.headline ?? ogTitle ?? readable?.title ?? document.querySelector("title")?.textContent ?? null;
  // A heading that repeats the title would be shown twice in the reader.
  const first = blocks[0];
  if (
    first &&
    first.type === "heading" &&
    title &&
    collapseWhitespace(first.text) === collapseWhitespace(title)
  )
    blocks.shift();

  return {
    blocks,
    title: title ? cleanTitle(title, jsonLd.publisher ?? siteName ?? readable?.siteName ?? null, h1) : null,
    outletName: jsonLd.publisher ?? siteName ?? readable?.siteName ?? null,
    author: jsonLd.author ?? metaAuthor ?? readable?.byline ?? null,
    publishedAt: jsonLd.datePublished ?? metaDate ?? readable?.publishedTime ?? null,
    canonicalUrl: canonical?.trim() || null,
    language: language?.trim() || readable?.lang || null,
  };
}
