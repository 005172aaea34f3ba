import { fromStorage } from "@/lib/mentions";

import type { MdBlock, MdInline } from "./ast";
import { parseInline } from "./inline";

export type { MdBlock, MdInline } from "./ast";

/**
 * Block Markdown for comments: paragraphs, bullet and numbered lists, block quotes and fenced code.
 * No headings, images, tables or raw HTML: anything else is paragraph text. Lists and quotes nest at
 * most this deep; deeper markers stay text, so `>>>>…` or `- - - …` cannot build a tree that overflows
 * the stack when it is rendered.
 */
const MAX_BLOCK_DEPTH = 8;

const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*[\w+#.-]*[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const QUOTE_PREFIX = /^ {0,3}> ?/;
const BULLET = /^( {0,3})([-*])(?:([ \t]+)(.*))?$/;
const ORDERED = /^( {0,3})(\d{1,9})\.(?:([ \t]+)(.*))?$/;
const BLANK = /^[ \t]*$/;

interface ListMarker {
  isOrdered: boolean;
  start: number;
  /** Columns from the line start to the item's content: continuation lines are indented this far. */
  width: number;
  content: string;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || BLANK.test(line);
}

function indentOf(line: string): number {
  let count = 0;
  while (line[count] === " ") count++;
  return count;
}

function listMarker(line: string): ListMarker | null {
  const match = BULLET.exec(line) ?? ORDERED.exec(line);
  if (!match) return null;
  const [, indent = "", marker = "", spaces = "", content = ""] = match;
  const isOrdered = marker !== "-" && marker !== "*";
  // More than four spaces after the marker would be indented code in CommonMark; here it is text.
  const gap = spaces.length >= 1 && spaces.length <= 4 ? spaces.length : 1;
  return {
    isOrdered,
    start: isOrdered ? Number(marker) : 1,
    width: indent.length + marker.length + gap,
    content: spaces.length > 4 ? spaces.slice(1) + content : content,
  };
}

/** Whether a line ends the paragraph above it (CommonMark: an ordered list must start at 1 to). */
function interruptsParagraph(line: string, depth: number): boolean {
  if (FENCE.test(line)) return true;
  if (depth >= MAX_BLOCK_DEPTH) return false;
  if (QUOTE.test(line)) return true;
  const marker = listMarker(line);
  return marker !== null && marker.content.trim() !== "" && (!marker.isOrdered || marker.start === 1);
}

function parseFence(lines: readonly string[], start: number, blocks: MdBlock[]): number {
  const [, indent = "", run = "```"] = FENCE.exec(lines[start] ?? "") ?? [];
  const closing = new RegExp(`^ {0,3}${run.startsWith("`") ? "`" : "~"}{${run.length},}[ \\t]*$`);
  const content: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (closing.test(line)) {
      i++;
      break;
    }
    content.push(line.slice(Math.min(indent.length, indentOf(line))));
  }
  // Code is literal, but a mention token is storage, not something the person typed: show `@Name`.
  blocks.push({ type: "code", text: fromStorage(content.join("\n")).text });
  return i;
}

function parseList(lines: readonly string[], start: number, depth: number, blocks: MdBlock[]): number {
  const first = listMarker(lines[start] ?? "");
  const items: string[][] = [];
  let i = start;
  for (let marker = first; marker && marker.isOrdered === first?.isOrdered;) {
    const item = [marker.content];
    i++;
    while (i < lines.length) {
      const line = lines[i] ?? "";
      if (isBlank(line)) {
        let next = i;
        while (next < lines.length && isBlank(lines[next])) next++;
        if (next >= lines.length || indentOf(lines[next] ?? "") < marker.width) break;
        for (; i < next; i++) item.push("");
        continue;
      }
      if (indentOf(line) >= marker.width) item.push(line.slice(marker.width));
      else if (listMarker(line) || FENCE.test(line) || QUOTE.test(line)) break;
      // A "lazy" line continues the item's paragraph, as in CommonMark.
      else item.push(line);
      i++;
    }
    items.push(item);
    let next = i;
    while (next < lines.length && isBlank(lines[next])) next++;
    marker = next < lines.length ? listMarker(lines[next] ?? "") : null;
    if (marker?.isOrdered === first?.isOrdered) i = next;
  }
  blocks.push({
    type: "list",
    ordered: first?.isOrdered ?? false,
    start: first?.start ?? 1,
    items: items.map((item) => parseBlocks(item, depth + 1)),
  });
  return i;
}

function parseBlocks(lines: readonly string[], depth: number): MdBlock[] {
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isBlank(line)) i++;
    else if (FENCE.test(line)) i = parseFence(lines, i, blocks);
    else if (depth < MAX_BLOCK_DEPTH && QUOTE.test(line)) {
      const inner: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] ?? ""); i++) {
        inner.push((lines[i] ?? "").replace(QUOTE_PREFIX, ""));
      }
      blocks.push({ type: "quote", children: parseBlocks(inner, depth + 1) });
    } else if (depth < MAX_BLOCK_DEPTH && listMarker(line)) i = parseList(lines, i, depth, blocks);
    else {
      const paragraph = [line.trim()];
      for (i++; i < lines.length && !isBlank(lines[i]) && !interruptsParagraph(lines[i] ?? "", depth); i++) {
        paragraph.push((lines[i] ?? "").trim());
      }
      blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n")) });
    }
  }
  return blocks;
}

/**
 * Parse a stored comment body (Markdown subset with mention tokens) into blocks. Pure and linear in
 * the input: bodies are at most 10,000 characters, and pathological input (thousands of `*`, `[`,
 * `>` or backticks) still returns promptly with its markers as text.
 */
export function parseMarkdown(body: string): MdBlock[] {
  const lines = body
    .replace(/\r\n?/g, "\n")
    .replace(/\0/g, "\uFFFD")
    .split("\n")
    .map((line) => line.replace(/^[ \t]+/, (indent) => indent.replace(/\t/g, "    ")));
  return parseBlocks(lines, 0);
}

function inlineText(nodes: readonly MdInline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
        case "code":
          return node.text;
        case "mention":
          return `@${node.name}`;
        case "break":
          return "\n";
        default:
          return inlineText(node.children);
      }
    })
    .join("");
}

function blocksText(blocks: readonly MdBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return inlineText(block.children);
        case "code":
          return block.text;
        case "quote":
          return blocksText(block.children).replace(/^/gm, "> ");
        case "list":
          return block.items
            .map((item, index) => {
              const marker = block.ordered ? `${block.start + index}.` : "-";
              return `${marker} ${blocksText(item).replace(/\n/g, "\n  ")}`;
            })
            .join("\n");
      }
    })
    .join("\n");
}

/**
 * A comment as plain text, for notifications and previews: no Markdown markers, mentions as `@Name`,
 * list items on their own lines with "-" or their number, quoted lines prefixed with "> ".
 */
export function plainTextOf(body: string): string {
  return blocksText(parseMarkdown(body)).trim();
}
