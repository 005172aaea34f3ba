/**
 * Metadata found in an article's own text: a date line at the top ("2025-02-27 09:02:00",
 * "date 2025-04-10 …", "Published: 10 April 2025") and a title. Pure: the date parsing is chrono's.
 */
import * as chrono from "chrono-node";

import type { ArticleDocument } from "./document";

export interface DateLine {
  date: Date;
  /** True when the line gave a time of day too. */
  hasTime: boolean;
  /** What followed the date on the same line (004's title), trimmed. */
  rest: string;
  /** Which block held it. */
  blockIndex: number;
  /** The line says when the article was updated ("Updated: …"), not when it was published. */
  isUpdate: boolean;
}

const DATE_KEYWORD = /^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*[:\-–]?\s*/i;

/**
 * A date at the very start of one of the first two blocks. Components are read as given and stored
 * as UTC, so the result does not depend on the server's time zone.
 */
export function findDateLine(doc: ArticleDocument): DateLine | null {
  for (const [blockIndex, block] of doc.blocks.slice(0, 2).entries()) {
    const line = doc.text.slice(block.start, block.end);
    const keyword = DATE_KEYWORD.exec(line);
    const offset = keyword ? keyword[0].length : 0;
    const head = line.slice(offset, offset + 60);
    const [result] = chrono.parse(
      head,
      { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" },
      { forwardDate: false },
    );
    if (!result || result.index !== 0) continue;
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    const hasTime = start.isCertain("hour");
    const date = new Date(
      Date.UTC(
        start.get("year") ?? 2000,
        (start.get("month") ?? 1) - 1,
        start.get("day") ?? 1,
        hasTime ? (start.get("hour") ?? 0) : 0,
        hasTime ? (start.get("minute") ?? 0) : 0,
        hasTime ? (start.get("second") ?? 0) : 0,
      ),
    );
    const rest = line
      .slice(offset + result.index + result.text.length)
      .replace(/^[\s:,–-]+/, "")
      .trim();
    return { date, hasTime, rest, blockIndex, isUpdate: /^\s*updated/i.test(keyword?.[0] ?? "") };
  }
  return null;
}

const MAX_TITLE = 160;

function firstSentence(value: string): string {
  const match = /^(.{20,}?[.!?])(?:\s|$)/.exec(value);
  const sentence = match?.[1] ?? value;
  if (sentence.length <= 120) return sentence.replace(/[.]$/, "");
  const cut = sentence.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : 120)}…`;
}

/** A line's text as a title is compared: spaces collapsed, case and closing punctuation ignored. */
function titleKey(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:;,–—-]+$/, "")
    .toLowerCase();
}

/** What follows a date on its line reads as a title: short, and not a sentence that goes on. */
function isTitleLike(rest: string): boolean {
  return rest.length >= 10 && isTitleLine(rest);
}

/** A line that can be a title: short, and not ending a sentence (a first sentence is body text). */
function isTitleLine(line: string): boolean {
  return line.length <= MAX_TITLE && !/[.!?…]$/.test(line);
}

/**
 * True when the date line is a line of its own ("2025-02-27 09:02:00") or a date and a title
 * ("date 2025-04-10 Behind closed doors: …"), not a paragraph that starts with a date.
 */
export function isHeaderDateLine(dateLine: DateLine): boolean {
  return dateLine.rest.length === 0 || isTitleLike(dateLine.rest);
}

/**
 * A title for text that came without one: what follows a date line, else a short first line, else the
 * first heading near the top, else the first sentence, shortened.
 */
export function guessTitle(doc: ArticleDocument, dateLine: DateLine | null = findDateLine(doc)): string {
  if (dateLine && isTitleLike(dateLine.rest)) return dateLine.rest;
  const header = dateLine && isHeaderDateLine(dateLine) ? dateLine.blockIndex : null;
  const candidates = doc.blocks
    .map((block, index) => ({ block, index, value: doc.text.slice(block.start, block.end) }))
    .filter(({ index }) => index !== header)
    .slice(0, 3);
  const first = candidates[0];
  if (!first) return "Untitled article";
  const isShortLine =
    first.block.type !== "table" && first.value.length <= MAX_TITLE && !/[.]$/.test(first.value);
  if (isShortLine) return first.value;
  const heading = candidates.find(({ block }) => block.type === "heading");
  if (heading) return heading.value.slice(0, MAX_TITLE);
  return first.block.type === "table" ? "Untitled article" : firstSentence(first.value);
}

/** What the import was told beside the text: the title typed or in the page's metadata, its date. */
export interface GivenMetadata {
  title: string | null;
  publishedAt: Date | null;
}

/**
 * How many blocks at the top of the text are its header, not its body: a date line (its date becomes
 * the published date), then a line that repeats a title known apart from it. Only what is certainly
 * metadata goes: a date line alone; a date line and a headline when that headline is the title given
 * or is written again on the next line (demo 004); never an "Updated" line, nor a date line whose date
 * is not the one given. A first line that is the only place the title is written stays (the person
 * may give another title at review). Never the whole text.
 */
export function headerBlockCount(
  doc: ArticleDocument,
  given: GivenMetadata,
  dateLine: DateLine | null,
): number {
  const lineAt = (index: number) => {
    const block = doc.blocks[index];
    return block && block.type !== "table" ? doc.text.slice(block.start, block.end) : null;
  };
  let count = 0;
  let known = given.title ? titleKey(given.title) : null;
  const isSameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);
  if (
    dateLine?.blockIndex === 0 &&
    isHeaderDateLine(dateLine) &&
    !dateLine.isUpdate &&
    (!given.publishedAt || isSameDay(given.publishedAt, dateLine.date))
  ) {
    const headline = dateLine.rest ? titleKey(dateLine.rest) : null;
    const next = lineAt(1);
    const isRepeated = headline !== null && next !== null && isTitleLine(next) && titleKey(next) === headline;
    if (headline === null || headline === known || (known === null && isRepeated)) {
      count = 1;
      known ??= headline;
    }
  }
  const next = lineAt(count);
  if (next !== null && known !== null && isTitleLine(next) && titleKey(next) === known) count++;
  return count < doc.blocks.length ? count : 0;
}

/** The document without its first `count` blocks: the same canonical text from there, offsets shifted. */
export function dropLeadingBlocks(doc: ArticleDocument, count: number): ArticleDocument {
  const first = doc.blocks[count];
  if (count === 0 || !first) return doc;
  const offset = first.start;
  const shift = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start - offset,
    end: span.end - offset,
  });
  return {
    text: doc.text.slice(offset),
    blocks: doc.blocks
      .slice(count)
      .map((block) =>
        block.type === "table"
          ? { ...shift(block), rows: block.rows.map((row) => row.map(shift)) }
          : shift(block),
      ),
  };
}
