/**
 * The article document model. An article is stored as one immutable text plus blocks that say how to
 * show it. The text is canonical: blocks joined by a blank line, table rows by a newline and cells by
 * " | ", whitespace inside a paragraph collapsed. Claims (later) anchor into this text by offset, so the
 * same input must always give the same text, and its SHA-256 identifies the snapshot.
 */

export type LogicalBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string; level: 1 | 2 | 3 }
  | { type: "list-item"; text: string; ordered: boolean }
  | { type: "quote"; text: string }
  | { type: "table"; rows: string[][] };

export interface Span {
  start: number;
  end: number;
}

/** A block with its place in the canonical text (`start` inclusive, `end` exclusive). */
export type Block =
  | ({ type: "paragraph" } & Span)
  | ({ type: "heading"; level: 1 | 2 | 3 } & Span)
  | ({ type: "list-item"; ordered: boolean } & Span)
  | ({ type: "quote" } & Span)
  | ({ type: "table"; rows: Span[][] } & Span);

export interface ArticleDocument {
  text: string;
  blocks: Block[];
}

export const BLOCK_SEPARATOR = "\n\n";
const CELL_SEPARATOR = " | ";

/** Collapse runs of whitespace (newlines included) to single spaces and trim. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * Normalise raw input before parsing: no byte-order mark, Unicode NFC, LF line ends, no zero-width
 * spaces, no trailing spaces, no other control characters (tabs become spaces).
 */
export function normalizeInput(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B\uFEFF]/g, "")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[ \u00A0]+$/gm, "");
}

/** Build the canonical text and block offsets from logical blocks; empty blocks are dropped. */
export function buildDocument(logical: readonly LogicalBlock[]): ArticleDocument {
  let text = "";
  const blocks: Block[] = [];
  const append = (value: string): Span => {
    const start = text.length;
    text += value;
    return { start, end: text.length };
  };
  for (const block of logical) {
    if (block.type === "table") {
      const rows = block.rows
        .map((row) => row.map(collapseWhitespace))
        .filter((row) => row.some((cell) => cell.length > 0));
      if (rows.length === 0) continue;
      if (blocks.length > 0) text += BLOCK_SEPARATOR;
      const start = text.length;
      const spans: Span[][] = [];
      rows.forEach((row, rowIndex) => {
        if (rowIndex > 0) text += "\n";
        spans.push(
          row.map((cell, cellIndex) => {
            if (cellIndex > 0) text += CELL_SEPARATOR;
            return append(cell);
          }),
        );
      });
      blocks.push({ type: "table", rows: spans, start, end: text.length });
      continue;
    }
    const value = collapseWhitespace(block.text);
    if (!value) continue;
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    const span = append(value);
    if (block.type === "heading") blocks.push({ type: "heading", level: block.level, ...span });
    else if (block.type === "list-item") blocks.push({ type: "list-item", ordered: block.ordered, ...span });
    else blocks.push({ type: block.type, ...span });
  }
  return { text, blocks };
}

/** Words in a text: runs of letters or digits (with inner apostrophes, hyphens, dots), in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * True when every block lies inside the text, in order, without overlapping: the check a stored or
 * client-supplied document must pass before it is trusted.
 */
export function isConsistentDocument(doc: ArticleDocument): boolean {
  let previousEnd = 0;
  for (const block of doc.blocks) {
    if (block.start < previousEnd || block.end > doc.text.length || block.start >= block.end) return false;
    previousEnd = block.end;
  }
  return true;
}
