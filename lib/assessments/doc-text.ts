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

/** The claim ids a document cites, in order of first appearance. */
export function citedClaimIds(doc: DocJson): string[] {
  const ids: string[] = [];
  const walk = (node: DocJson) => {
    const id = node.type === "citation" ? node.attrs?.claimId : null;
    if (typeof id === "string" && !ids.includes(id)) ids.push(id);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return ids;
}
