/**
 * Comment bodies: Markdown read by markdown-it (CommonMark) with only what comments need switched
 * on, turned into our own small tree (ast.ts) that the renderer shows as React text, never as HTML.
 *
 * On: paragraphs, bullet and numbered lists, block quotes, fenced code, emphasis, code spans, links
 * and bare http(s)/mailto URLs (linkify-it), backslash escapes. Off: headings, thematic breaks,
 * indented code, tables, images, link definitions, entities and all raw HTML: their markers stay
 * text. What this module adds to CommonMark:
 * - a link is made only of an absolute http:, https: or mailto: URL (`validateLink`), anything else
 *   stays the text that was typed;
 * - a single newline is a line break (people type comments line by line), and a quote ends at the
 *   first line without `>` (a reply under a quote is not part of it);
 * - lists and quotes nest at most 8 deep and emphasis 12 deep: deeper markers stay text, so no input
 *   builds a tree too deep to render;
 * - mention tokens (lib/mentions.ts) are read before the Markdown, so a name cannot be read as
 *   Markdown and typed text can never become a mention.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type Token } from "markdown-it";

import { parseMentions, unescapeTyped, type PickedMention } from "@/lib/mentions";

import type { MdBlock, MdInline } from "./ast";
import { safeHref } from "./links";

export type { MdBlock, MdInline } from "./ast";

/** How deep lists and quotes nest: a deeper `>` or `-` is paragraph text. */
const MAX_BLOCK_DEPTH = 8;
/** How deep strong and emphasis nest: deeper ones give their text to the one around them. */
const MAX_INLINE_DEPTH = 12;

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** The nesting of lists and quotes at the line being read, kept in the parse's env. */
interface DepthEnv extends Record<string | symbol, unknown> {
  depth?: number;
}

function createParser(): MarkdownIt {
  const md = markdownIt("zero", { linkify: true, maxNesting: 100 });
  md.enable(["paragraph", "blockquote", "list", "fence"]);
  md.enable(["text", "newline", "escape", "backticks", "emphasis", "link", "autolink", "linkify"]);
  md.enable(["normalize", "block", "inline", "text_join"]);
  // Bare URLs only with their scheme: "example.org" and "a@b.org" stay text, and no ftp: or //.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.linkify.add("ftp:", null).add("//", null);
  md.validateLink = (url) => safeHref(url) !== null;
  // A link's visible text is percent-decoded: it must not decode into the slot characters below.
  const showLink = md.normalizeLinkText.bind(md);
  md.normalizeLinkText = (url) => showLink(url).replace(/[\uE000\uE001]/g, "\uFFFD");

  // Lists and quotes deeper than MAX_BLOCK_DEPTH are not read as such: their lines are paragraphs.
  for (const name of ["blockquote", "list"]) {
    const rule = md.block.ruler.__rules__.find((entry) => entry.name === name);
    if (!rule) throw new Error(`markdown-it has no ${name} rule`);
    const read = rule.fn;
    const capped: BlockRule = (state, startLine, endLine, silent) => {
      const env = state.env as DepthEnv;
      const depth = env.depth ?? 0;
      if (depth >= MAX_BLOCK_DEPTH) return false;
      env.depth = depth + 1;
      try {
        return read(state, startLine, endLine, silent);
      } finally {
        env.depth = depth;
      }
    };
    md.block.ruler.at(name, capped, { alt: rule.alt });
  }
  // A line without `>` ends the quote above it (CommonMark would continue its paragraph lazily).
  md.block.ruler.after(
    "blockquote",
    "quote_ends_at_unmarked_line",
    (_state, _start, _end, silent) => silent,
    {
      alt: ["blockquote"],
    },
  );
  return md;
}

const parser = createParser();

/** Private-use characters that stand for the body's own mention tokens while the Markdown is read. */
const SLOT_OPEN = "\uE000";
const SLOT_CLOSE = "\uE001";
const SLOT = /\uE000(\d+)\uE001/g;

/**
 * The body with each mention token replaced by a slot, the anti-forgery escape of the rest removed
 * (what the person typed, as they typed it), and the people the slots stand for.
 */
function withSlots(body: string): { source: string; mentions: PickedMention[] } {
  const clean = body.replace(/[\uE000\uE001]/g, "\uFFFD");
  const mentions: PickedMention[] = [];
  let source = "";
  let cursor = 0;
  for (const mention of parseMentions(clean)) {
    source +=
      unescapeTyped(clean.slice(cursor, mention.start)) + `${SLOT_OPEN}${mentions.length}${SLOT_CLOSE}`;
    mentions.push({ userId: mention.userId, name: mention.name });
    cursor = mention.end;
  }
  return { source: source + unescapeTyped(clean.slice(cursor)), mentions };
}

/** Text with slots: text and mention nodes. */
function textNodes(text: string, mentions: readonly PickedMention[]): MdInline[] {
  const nodes: MdInline[] = [];
  let cursor = 0;
  for (const match of text.matchAll(SLOT)) {
    const mention = mentions[Number(match[1])];
    if (!mention) continue;
    if (match.index > cursor) nodes.push({ type: "text", text: text.slice(cursor, match.index) });
    nodes.push({ type: "mention", userId: mention.userId, name: mention.name });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) nodes.push({ type: "text", text: text.slice(cursor) });
  return nodes;
}

/** Code is literal, but a mention in it is storage, not something the person typed: `@Name`. */
function codeText(text: string, mentions: readonly PickedMention[]): string {
  return text.replace(SLOT, (slot, index: string) => {
    const mention = mentions[Number(index)];
    return mention ? `@${mention.name}` : slot;
  });
}

/** Append, joining adjacent text nodes (escapes and unmatched markers arrive as separate tokens). */
function push(into: MdInline[], node: MdInline) {
  const last = into.at(-1);
  if (node.type === "text" && last?.type === "text") last.text += node.text;
  else if (node.type !== "text" || node.text !== "") into.push(node);
}

type InlineParent = Extract<MdInline, { children: MdInline[] }>;

/** An inline token stream as a tree. Strong and emphasis beyond MAX_INLINE_DEPTH open nothing. */
function inlineTree(tokens: readonly Token[], mentions: readonly PickedMention[]): MdInline[] {
  const root: MdInline[] = [];
  /** What is open, innermost last; null for an opener beyond the cap, whose text goes to its parent. */
  const stack: (InlineParent | null)[] = [];
  const into = (): MdInline[] => stack.findLast((node) => node !== null)?.children ?? root;
  const depth = () => stack.filter((node) => node !== null).length;
  for (const token of tokens) {
    switch (token.type) {
      case "text":
        for (const node of textNodes(token.content, mentions)) push(into(), node);
        break;
      case "code_inline":
        push(into(), { type: "code", text: codeText(token.content, mentions) });
        break;
      case "softbreak":
      case "hardbreak":
        push(into(), { type: "break" });
        break;
      case "link_open":
        stack.push({ type: "link", href: String(token.attrGet("href") ?? ""), children: [] });
        break;
      case "strong_open":
      case "em_open":
        stack.push(
          depth() >= MAX_INLINE_DEPTH
            ? null
            : { type: token.type === "strong_open" ? "strong" : "emphasis", children: [] },
        );
        break;
      case "strong_close":
      case "em_close":
      case "link_close": {
        const node = stack.pop();
        if (node) finishInline(node, into());
        break;
      }
      default:
        // Nothing else is switched on; text that reaches here is still shown, as text.
        if (token.content) push(into(), { type: "text", text: token.content });
    }
  }
  // markdown-it closes all it opens; should it not, nothing open is lost.
  while (stack.length) {
    const node = stack.pop();
    if (node) finishInline(node, into());
  }
  return root;
}

/** Add a finished strong, emphasis or link to its parent; a link shows its URL when it has no text. */
function finishInline(node: InlineParent, parent: MdInline[]) {
  if (node.type !== "link") {
    parent.push(node);
    return;
  }
  const href = safeHref(node.href);
  if (!href) {
    // validateLink lets only safe URLs through, so this is `[text]()`: shown as it was typed.
    push(parent, { type: "text", text: "[" });
    for (const child of node.children) push(parent, child);
    push(parent, { type: "text", text: `](${node.href})` });
    return;
  }
  parent.push({
    type: "link",
    href,
    children: node.children.length ? node.children : [{ type: "text", text: node.href }],
  });
}

type OpenBlock =
  | { kind: "root" | "quote" | "item"; blocks: MdBlock[] }
  | { kind: "list"; ordered: boolean; start: number; items: MdBlock[][] };

/** A block token stream as our blocks: paragraphs, lists, quotes and code. */
function blockTree(tokens: readonly Token[], mentions: readonly PickedMention[]): MdBlock[] {
  const root: OpenBlock = { kind: "root", blocks: [] };
  const stack: OpenBlock[] = [root];
  const blocksOf = (): MdBlock[] => {
    const open = stack.at(-1) ?? root;
    if (open.kind !== "list") return open.blocks;
    const item: MdBlock[] = [];
    open.items.push(item);
    return item;
  };
  for (const token of tokens) {
    switch (token.type) {
      case "inline":
        blocksOf().push({ type: "paragraph", children: inlineTree(token.children ?? [], mentions) });
        break;
      case "fence":
        blocksOf().push({ type: "code", text: codeText(token.content.replace(/\n$/, ""), mentions) });
        break;
      case "blockquote_open":
        stack.push({ kind: "quote", blocks: [] });
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        stack.push({
          kind: "list",
          ordered: token.type === "ordered_list_open",
          start: token.type === "ordered_list_open" ? Number(token.attrGet("start") ?? 1) : 1,
          items: [],
        });
        break;
      case "list_item_open": {
        const list = stack.at(-1);
        const item: OpenBlock = { kind: "item", blocks: [] };
        if (list?.kind === "list") list.items.push(item.blocks);
        stack.push(item);
        break;
      }
      case "list_item_close":
      case "blockquote_close":
      case "bullet_list_close":
      case "ordered_list_close": {
        const open = stack.pop();
        const parent = stack.at(-1) ?? root;
        const into = parent.kind === "list" ? [] : parent.blocks;
        if (open?.kind === "quote") into.push({ type: "quote", children: open.blocks });
        if (open?.kind === "list") appendList(into, open);
        break;
      }
      default:
      // paragraph_open and _close carry nothing; the inline token between them is the paragraph.
    }
  }
  return root.blocks;
}

/** Add a list; right after another of the same kind, its items join that one ("- a" then "* b"). */
function appendList(into: MdBlock[], list: Extract<OpenBlock, { kind: "list" }>) {
  const last = into.at(-1);
  if (last?.type === "list" && last.ordered === list.ordered) last.items.push(...list.items);
  else into.push({ type: "list", ordered: list.ordered, start: list.start, items: list.items });
}

/**
 * Parse a stored comment body (Markdown with mention tokens) into blocks. Bodies are at most 10,000
 * characters; pathological input (thousands of `*`, `[`, `>` or backticks) still returns promptly,
 * its markers as text.
 */
export function parseMarkdown(body: string): MdBlock[] {
  const { source, mentions } = withSlots(body);
  const env: DepthEnv = { depth: 0 };
  return blockTree(parser.parse(source, env), mentions);
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
  return plainTextOfBlocks(parseMarkdown(body));
}

/** {@link plainTextOf} for a body already parsed. */
export function plainTextOfBlocks(blocks: readonly MdBlock[]): string {
  return blocksText(blocks).trim();
}
