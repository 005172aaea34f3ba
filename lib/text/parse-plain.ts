/**
 * Plain text and Markdown to logical blocks. Plain text is kept as paragraphs, with headings, list
 * items and pipe tables recognised only where that is clear; Markdown's own syntax is read and its
 * inline marks are dropped from the text.
 */
import type { LogicalBlock } from "./document";

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*•‣▪]|(\d{1,3})[.)])\s+(.*)$/;
const SENTENCE_END = /[.,;:!?…"”’)\]]$/;

function splitCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|")) body = body.slice(0, -1);
  return body.split("|").map((cell) => cell.trim());
}

/**
 * A short line standing alone before a paragraph, with no sentence punctuation at its end and at most
 * twelve words, reads as a heading ("The Upcoming Diplomatic Meeting").
 */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  const value = line.trim();
  if (value.length < 3 || value.length > 90 || SENTENCE_END.test(value)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(value) || !/\p{L}{2,}/u.test(value)) return false;
  if (value.split(/\s+/).length > 12) return false;
  return next !== undefined && next.trim().length > value.length;
}

interface ParseOptions {
  /** Markdown: `#` headings, `>` quotes, inline marks removed. */
  markdown: boolean;
}

function stripInlineMarkdown(value: string): string {
  return value
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}

function parse(input: string, options: ParseOptions): LogicalBlock[] {
  // Blank lines before the first and after the last line say nothing about the paragraphs.
  const lines = input
    .replace(/^(\s*\n)+/, "")
    .replace(/(\n\s*)+$/, "")
    .split("\n");
  const blocks: LogicalBlock[] = [];
  const hasBlankLines = lines.some(
    (line, index) => line.trim() === "" && index > 0 && index < lines.length - 1,
  );
  const clean = (value: string) => (options.markdown ? stripInlineMarkdown(value) : value);
  let paragraph: string[] = [];

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", text: clean(paragraph.join(" ")) });
    paragraph = [];
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const trimmed = line.trim();
    const next = lines[index + 1];

    if (trimmed === "") {
      flush();
      continue;
    }
    if (options.markdown && /^```/.test(trimmed)) {
      flush();
      const code: string[] = [];
      for (index++; index < lines.length && !/^```/.test((lines[index] ?? "").trim()); index++)
        code.push(lines[index] ?? "");
      blocks.push({ type: "paragraph", text: code.join(" ") });
      continue;
    }
    if (line.includes("|") && next !== undefined && TABLE_SEPARATOR.test(next)) {
      flush();
      const rows = [splitCells(line)];
      for (index += 2; index < lines.length && (lines[index] ?? "").includes("|"); index++) {
        rows.push(splitCells(lines[index] ?? ""));
      }
      index--;
      blocks.push({ type: "table", rows: rows.map((row) => row.map(clean)) });
      continue;
    }
    const heading = options.markdown ? /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed) : null;
    if (heading) {
      flush();
      const level = Math.min(3, heading[1]?.length ?? 1) as 1 | 2 | 3;
      blocks.push({ type: "heading", level, text: clean(heading[2] ?? "") });
      continue;
    }
    if (options.markdown && trimmed.startsWith(">")) {
      flush();
      blocks.push({ type: "quote", text: clean(trimmed.replace(/^>\s?/, "")) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      blocks.push({ type: "list-item", ordered: item[1] !== undefined, text: clean(item[2] ?? "") });
      continue;
    }
    const nextContent = lines.slice(index + 1).find((candidate) => candidate.trim() !== "");
    if (!options.markdown && paragraph.length === 0 && looksLikeHeading(trimmed, nextContent)) {
      const nextIsBreak = next === undefined || next.trim() === "" || !hasBlankLines;
      if (nextIsBreak) {
        blocks.push({ type: "heading", level: 2, text: trimmed });
        continue;
      }
    }
    if (hasBlankLines) {
      // Text with blank lines between paragraphs: lines in between are one hard-wrapped paragraph.
      paragraph.push(trimmed);
    } else {
      // One paragraph per line, as most pasted news text comes.
      blocks.push({ type: "paragraph", text: clean(trimmed) });
    }
  }
  flush();
  return blocks;
}

/** Plain text to blocks. */
export function parsePlainText(input: string): LogicalBlock[] {
  return parse(input, { markdown: false });
}

/** Markdown to blocks. */
export function parseMarkdown(input: string): LogicalBlock[] {
  return parse(input, { markdown: true });
}
