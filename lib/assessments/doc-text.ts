import type { DocJson } from "./types";

/** Blocks whose text is separated by a blank line in the plain text of a document. */
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "keyJudgment",
  "listItem",
  "blockquote",
  "codeBlock",
  "tableCell",
  "tableHeader",
]);

/**
 * The plain text of a document (for full-text search and word counts): text nodes in order, blocks
 * separated by newlines, citations as their claim ids' placeholder "[claim]".
 */
export function docText(doc: DocJson): string {
  const parts: string[] = [];
  const walk = (node: DocJson) => {
    if (node.type === "text") {
      parts.push(node.text ?? "");
      return;
    }
    if (node.type === "citation") {
      parts.push("[claim]");
      return;
    }
    if (node.type === "hardBreak") {
      parts.push("\n");
      return;
    }
    for (const child of node.content ?? []) walk(child);
    if (BLOCKS.has(node.type)) parts.push("\n");
  };
  walk(doc);
  return parts
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** At most this many distinct claims are read as a document's citations. */
export const MAX_CITATIONS = 500;

/**
 * The claim ids a document cites, in order of first appearance (at most MAX_CITATIONS). The document
 * comes from editors' browsers: anything that is not a claim id is left out.
 */
export function citedClaimIds(doc: DocJson): string[] {
  const ids: string[] = [];
  const walk = (node: DocJson) => {
    if (ids.length >= MAX_CITATIONS) return;
    const id = node.type === "citation" ? node.attrs?.claimId : null;
    if (typeof id === "string" && UUID.test(id) && !ids.includes(id)) ids.push(id);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return ids;
}

/** Top-level blocks an excerpt reads from: what the document says, not its headings or tables. */
const EXCERPT_BLOCKS = new Set(["paragraph", "keyJudgment", "bulletList", "orderedList", "blockquote"]);

/**
 * The opening words of a document for a feed: the text of its first paragraphs and judgments, in one
 * run, without headings (they would run into the sentences), citations (their chips mean nothing out
 * of the document) or tables; cut at a word with an ellipsis past `max` characters.
 */
export function docExcerpt(blocks: readonly DocJson[], max = 280): string {
  const words: string[] = [];
  let length = 0;
  const walk = (node: DocJson) => {
    if (node.type === "text") words.push(node.text ?? "");
    else if (node.type === "hardBreak") words.push(" ");
    else for (const child of node.content ?? []) walk(child);
  };
  for (const block of blocks) {
    if (length > max) break;
    if (!EXCERPT_BLOCKS.has(block.type)) continue;
    const before = words.length;
    walk(block);
    const added = words.slice(before).join("").replace(/\s+/g, " ").trim();
    words.length = before;
    if (!added) continue;
    words.push(added);
    length += added.length + 1;
  }
  const text = words.join(" ").replace(/\s+([.,;:!?])/g, "$1");
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
