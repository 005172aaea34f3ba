import type { MdInline } from "./ast";

/** Deeper emphasis is flattened to its text: rendering thousands of nested elements overflows stacks. */
const MAX_INLINE_DEPTH = 12;

/** Append an inline to a list, merging adjacent text. */
export function pushInline(out: MdInline[], value: string | MdInline): void {
  if (typeof value === "string" || value.type === "text") {
    const text = typeof value === "string" ? value : value.text;
    if (text === "") return;
    const last = out.at(-1);
    if (last?.type === "text") out[out.length - 1] = { type: "text", text: last.text + text };
    else out.push({ type: "text", text });
    return;
  }
  out.push(value);
}

/** Unwrap every container into its leaves, iteratively, for trees too deep to recurse over. */
function flatten(nodes: readonly MdInline[]): MdInline[] {
  const out: MdInline[] = [];
  const stack = nodes.toReversed();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "strong" || node.type === "emphasis" || node.type === "link") {
      stack.push(...node.children.toReversed());
    } else pushInline(out, node);
  }
  return out;
}

/** Cap nesting depth and unwrap links inside links (a bare URL inside a link's text). */
export function normalize(nodes: readonly MdInline[], depth: number, isInLink: boolean): MdInline[] {
  const out: MdInline[] = [];
  for (const node of nodes) {
    if (node.type === "strong" || node.type === "emphasis") {
      if (depth >= MAX_INLINE_DEPTH) for (const leaf of flatten(node.children)) pushInline(out, leaf);
      else out.push({ type: node.type, children: normalize(node.children, depth + 1, isInLink) });
    } else if (node.type === "link") {
      if (isInLink || depth >= MAX_INLINE_DEPTH)
        for (const leaf of flatten(node.children)) pushInline(out, leaf);
      else out.push({ type: "link", href: node.href, children: normalize(node.children, depth + 1, true) });
    } else pushInline(out, node);
  }
  return out;
}
