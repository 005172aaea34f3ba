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
