/**
 * A readable comparison of two versions of an assessment: block by block (headings, paragraphs,
 * judgments, list items as Markdown), and inside a block that changed, word by word. Unchanged
 * stretches far from any change are folded so a long document's diff shows what matters.
 */
import { diffArrays, diffWordsWithSpace } from "diff";

export type DiffPart = { text: string; change: "same" | "added" | "removed" };
export type DiffBlock =
  | { kind: "same"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "changed"; parts: DiffPart[] }
  | { kind: "folded"; count: number };

/** Compare two lists of blocks. `context` unchanged blocks are kept around each change. */
export function diffBlocks(before: string[], after: string[], context = 1): DiffBlock[] {
  const raw: DiffBlock[] = [];
  const changes = diffArrays(before, after);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      // Pair the removed and added blocks one to one: each pair is a block that was edited.
      const removed = change.value;
      const added = next.value;
      const pairs = Math.min(removed.length, added.length);
      for (let k = 0; k < pairs; k++) raw.push(changedBlock(removed[k] ?? "", added[k] ?? ""));
      for (const text of removed.slice(pairs)) raw.push({ kind: "removed", text });
      for (const text of added.slice(pairs)) raw.push({ kind: "added", text });
      i++;
      continue;
    }
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    for (const text of change.value) raw.push({ kind, text });
  }
  return fold(raw, context);
}

function changedBlock(before: string, after: string): DiffBlock {
  const parts = diffWordsWithSpace(before, after).map((part): DiffPart => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
  const unchanged = parts.filter((part) => part.change === "same").reduce((n, p) => n + p.text.length, 0);
  // Mostly rewritten: clearer as the old block out and the new one in.
  if (unchanged < Math.min(before.length, after.length) * 0.3)
    return {
      kind: "changed",
      parts: [
        { text: before, change: "removed" },
        { text: after, change: "added" },
      ],
    };
  return { kind: "changed", parts };
}

function fold(blocks: DiffBlock[], context: number): DiffBlock[] {
  const isChange = blocks.map((block) => block.kind !== "same");
  const keep = blocks.map((_, index) => {
    for (let d = -context; d <= context; d++) if (isChange[index + d]) return true;
    return false;
  });
  const out: DiffBlock[] = [];
  let folded = 0;
  blocks.forEach((block, index) => {
    if (keep[index]) {
      if (folded) out.push({ kind: "folded", count: folded });
      folded = 0;
      out.push(block);
    } else folded++;
  });
  if (folded) out.push({ kind: "folded", count: folded });
  return out;
}

/** How much changed, for a summary line: blocks added, removed and edited. */
export function diffStats(blocks: readonly DiffBlock[]) {
  return {
    added: blocks.filter((block) => block.kind === "added").length,
    removed: blocks.filter((block) => block.kind === "removed").length,
    changed: blocks.filter((block) => block.kind === "changed").length,
  };
}
