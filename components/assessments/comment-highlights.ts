import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** Set the quotes to highlight: `tr.setMeta(commentHighlightsKey, quotes)`. */
interface HighlightState {
  quotes: string[];
  decorations: DecorationSet;
}

export const commentHighlightsKey = new PluginKey<HighlightState>("commentHighlights");

/**
 * The first place in each text block where `quote` occurs, as document positions. Quotes were taken
 * from a selection inside one block (spaces collapsed), so each is looked for block by block.
 */
export function findQuote(doc: ProseMirrorNode, quote: string): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    const chars: number[] = [];
    let text = "";
    node.forEach((child, offset) => {
      if (!child.isText) return;
      const value = child.text ?? "";
      for (let i = 0; i < value.length; i++) {
        const char = /\s/.test(value[i] ?? "") ? " " : (value[i] ?? "");
        if (char === " " && text.endsWith(" ")) continue;
        text += char;
        chars.push(pos + 1 + offset + i);
      }
    });
    const index = text.indexOf(quote);
    if (index >= 0) {
      const start = chars[index];
      const end = chars[index + quote.length - 1];
      if (start !== undefined && end !== undefined) found = { from: start, to: end + 1 };
    }
    return false;
  });
  return found;
}

function decorate(doc: ProseMirrorNode, quotes: readonly string[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const quote of quotes) {
    const range = quote ? findQuote(doc, quote) : null;
    if (range)
      decorations.push(
        Decoration.inline(range.from, range.to, { class: "comment-highlight", title: "Commented" }),
      );
  }
  return DecorationSet.create(doc, decorations);
}

/** Highlights the words that open comment threads are about (not part of the shared document). */
export const CommentHighlights = Extension.create({
  name: "commentHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state): HighlightState => ({
            quotes: [],
            decorations: DecorationSet.create(state.doc, []),
          }),
          apply: (tr, value, _old, state) => {
            const quotes = tr.getMeta(commentHighlightsKey) as string[] | undefined;
            if (quotes) return { quotes, decorations: decorate(state.doc, quotes) };
            if (!tr.docChanged) return value;
            return { quotes: value.quotes, decorations: decorate(state.doc, value.quotes) };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});
