/**
 * An assessment as Markdown: for the export, and as the readable form two versions are compared in.
 * Key judgments become a bold "Key judgment" line with their likelihood (and its range) and their
 * confidence kept apart from the statement; citations become numbered note references [^n], listed
 * at the end with the quote, the article, its outlet and date, and the claim's code.
 */
import { LIKELIHOODS } from "@/lib/scales";

import { CITATION_TYPE, KEY_JUDGMENT_TYPE } from "./schema-names";
import type { DocJson } from "./types";
import { citedClaimIds } from "./doc-text";

/** What the notes show of a cited claim. */
export interface MarkdownNote {
  claimId: string;
  statement: string;
  quote: string;
  code: string;
  articleTitle: string;
  outletName: string | null;
  publishedAt: string | null;
}

/** Characters that would start Markdown syntax inside running text. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

function inline(nodes: DocJson[] | undefined, noteOf: (claimId: string) => number | null): string {
  let out = "";
  for (const node of nodes ?? []) {
    if (node.type === "text") {
      let text = escapeInline(node.text ?? "");
      const marks = node.marks ?? [];
      const has = (type: string) => marks.some((mark) => mark.type === type);
      if (has("code")) text = `\`${(node.text ?? "").replace(/`/g, "'")}\``;
      if (has("bold")) text = `**${text}**`;
      if (has("italic")) text = `*${text}*`;
      if (has("strike")) text = `~~${text}~~`;
      const link = marks.find((mark) => mark.type === "link");
      const href = typeof link?.attrs?.href === "string" ? link.attrs.href : null;
      if (href && /^(https?:|mailto:)/i.test(href))
        text = `[${text}](${href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
      out += text;
    } else if (node.type === CITATION_TYPE) {
      const id = node.attrs?.claimId;
      const number = typeof id === "string" ? noteOf(id) : null;
      out += number ? `[^${number}]` : "";
    } else if (node.type === "hardBreak") {
      out += "  \n";
    } else {
      out += inline(node.content, noteOf);
    }
  }
  return out;
}

function likelihoodLabel(term: unknown): string | null {
  const found = LIKELIHOODS.find((item) => item.term === term);
  return found ? `${found.term} (${found.range[0]}–${found.range[1]}%)` : null;
}

function block(node: DocJson, noteOf: (claimId: string) => number | null, depth = 0): string[] {
  const indent = "  ".repeat(depth);
  switch (node.type) {
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 2), 1), 6);
      return [`${"#".repeat(level)} ${inline(node.content, noteOf)}`];
    }
    case "paragraph": {
      const text = inline(node.content, noteOf);
      return text.trim() ? [text] : [];
    }
    case KEY_JUDGMENT_TYPE: {
      const likelihood = likelihoodLabel(node.attrs?.likelihood) ?? "likelihood not stated";
      const confidence =
        typeof node.attrs?.confidence === "string"
          ? `${node.attrs.confidence} confidence`
          : "confidence not stated";
      return [`**Key judgment** (${likelihood}; ${confidence}): ${inline(node.content, noteOf)}`];
    }
    case "blockquote":
      return (node.content ?? []).flatMap((child) => block(child, noteOf)).map((line) => `> ${line}`);
    case "codeBlock": {
      // A fence longer than any run of backticks inside, so the code cannot close it early.
      const code = (node.content ?? []).map((child) => child.text ?? "").join("");
      const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
      const fence = "`".repeat(Math.max(3, longest + 1));
      return [fence, ...code.split("\n"), fence];
    }
    case "horizontalRule":
      return ["---"];
    case "bulletList":
    case "orderedList": {
      const ordered = node.type === "orderedList";
      return (node.content ?? []).flatMap((item, index) => {
        const [first, ...rest] = item.content ?? [];
        const marker = ordered ? `${index + 1}.` : "-";
        const head = first ? inline(first.content, noteOf) : "";
        const nested = rest.flatMap((child) => block(child, noteOf, depth + 1));
        return [`${indent}${marker} ${head}`, ...nested];
      });
    }
    case "table": {
      const rows = (node.content ?? []).map((row) =>
        (row.content ?? []).map((cell) =>
          (cell.content ?? [])
            .map((child) => inline(child.content, noteOf))
            .join(" ")
            .replace(/\n/g, " "),
        ),
      );
      const [header, ...body] = rows;
      if (!header) return [];
      return [
        `| ${header.join(" | ")} |`,
        `| ${header.map(() => "---").join(" | ")} |`,
        ...body.map((cells) => `| ${cells.join(" | ")} |`),
      ];
    }
    default:
      return (node.content ?? []).flatMap((child) => block(child, noteOf, depth));
  }
}

/** The body of a document as Markdown blocks (no title, no notes). */
export function docBlocks(doc: DocJson): string[] {
  const ids = citedClaimIds(doc);
  const noteOf = (claimId: string) => {
    const index = ids.indexOf(claimId);
    return index < 0 ? null : index + 1;
  };
  return (doc.content ?? []).flatMap((node) => {
    const lines = block(node, noteOf);
    return lines.length ? [lines.join("\n")] : [];
  });
}

/** One note line: the claim, its quote, where it comes from and its code. */
export function noteLine(number: number, note: MarkdownNote | undefined): string {
  if (!note) return `[^${number}]: A claim that no longer exists.`;
  const where = [
    `*${escapeInline(note.articleTitle)}*`,
    note.outletName ? escapeInline(note.outletName) : null,
    note.publishedAt ? note.publishedAt.slice(0, 10) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `[^${number}]: ${escapeInline(note.statement)} “${escapeInline(note.quote)}”. ${where}. Code ${note.code}.`;
}

/** A whole assessment as a Markdown file: title, a line about the version, the body and the notes. */
export function assessmentToMarkdown(input: {
  title: string;
  subtitle?: string;
  doc: DocJson;
  notes: MarkdownNote[];
}): string {
  const ids = citedClaimIds(input.doc);
  const byId = new Map(input.notes.map((note) => [note.claimId, note]));
  const parts = [`# ${escapeInline(input.title)}`];
  if (input.subtitle) parts.push(`_${escapeInline(input.subtitle)}_`);
  parts.push(...docBlocks(input.doc));
  if (ids.length) {
    parts.push("## Notes");
    parts.push(ids.map((id, index) => noteLine(index + 1, byId.get(id))).join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
