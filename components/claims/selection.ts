/**
 * Maps between the reader's DOM and offsets into the article's canonical text. The reader renders each
 * piece of text in an element carrying `data-offset` (the canonical offset of its first character),
 * holding exactly one text node, possibly inside highlight marks. Offsets are UTF-16 code units, which
 * is also what DOM text offsets count, so a text node's base plus a DOM offset is a text offset.
 *
 * Browser code, but no React and no globals (`Node.TEXT_NODE` and friends are spelled out), so it runs
 * against any DOM implementation.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The part of a DOM `Selection` we read; a real `Selection` satisfies it. */
export interface SelectionLike {
  readonly isCollapsed: boolean;
  readonly rangeCount: number;
  getRangeAt(
    index: number,
  ): Pick<AbstractRange, "startContainer" | "startOffset" | "endContainer" | "endOffset">;
}

/** A text node the reader rendered, with the canonical offset of its first character. */
interface PlacedText {
  node: Text;
  base: number;
}

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

function readOffset(element: Element): number | null {
  const value = element.getAttribute("data-offset");
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

function isInside(root: Node, node: Node): boolean {
  return root === node || root.contains(node);
}

/** The base of a text node: the `data-offset` of its nearest marked ancestor, not looking past `root`. */
function baseOf(root: Node, node: Text): number | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (isElement(current)) {
      const base = readOffset(current);
      if (base !== null) return base;
    }
    if (current === root) break;
  }
  return null;
}

/**
 * Every rendered text node under `root` in document order, and how many of them come before the
 * boundary point (`node`, `offset`): a child index when `node` has children, or "at the node" for a
 * text node we could not place. One walk of the reader, which is fine for a user gesture.
 */
function placeTexts(
  root: Node,
  boundary?: { node: Node; offset: number },
): { texts: PlacedText[]; before: number } {
  const texts: PlacedText[] = [];
  let before = -1;
  const reach = () => {
    if (before === -1) before = texts.length;
  };
  const visit = (current: Node, base: number | null): void => {
    if (isText(current)) {
      if (current === boundary?.node) reach();
      else if (base !== null) texts.push({ node: current, base });
      return;
    }
    const own = isElement(current) ? readOffset(current) : null;
    const childBase = own ?? base;
    const children = current.childNodes;
    for (let index = 0; index < children.length; index += 1) {
      if (current === boundary?.node && index === boundary.offset) reach();
      const child = children[index];
      if (child) visit(child, childBase);
    }
    if (current === boundary?.node) reach();
  };
  visit(root, null);
  return { texts, before: before === -1 ? texts.length : before };
}

/**
 * The canonical text offset of a DOM boundary point, as a selection reports it. In a rendered text node
 * that is its base plus the offset. A point between elements (triple-click, a drag ending past a
 * paragraph) snaps to the nearest rendered text on the inner side: for a "start" edge the beginning of
 * the next text, for an "end" edge the end of the previous one, so the selection never grows to take
 * in text the reader did not show as selected. Null when the point lies outside `root` or there is no
 * rendered text on that side.
 */
export function domPointToOffset(
  root: HTMLElement,
  node: Node,
  offset: number,
  edge: "start" | "end",
): number | null {
  if (!isInside(root, node)) return null;
  if (isText(node)) {
    const base = baseOf(root, node);
    if (base !== null) return base + Math.min(Math.max(offset, 0), node.data.length);
  }
  const { texts, before } = placeTexts(root, { node, offset });
  const neighbour = edge === "start" ? texts[before] : texts[before - 1];
  if (!neighbour) return null;
  return edge === "start" ? neighbour.base : neighbour.base + neighbour.node.data.length;
}

/**
 * The canonical range and quote of the user's selection in the reader, or null when there is nothing
 * to anchor: no or collapsed selection, an edge outside `root`, or only whitespace or unrendered gaps
 * selected. Ranges from `getRangeAt` are always in document order, so a backwards drag needs no special
 * case; with several ranges (Firefox table selections) the first start and last end are used. The quote
 * comes from `text`, the canonical text, not from `Selection.toString()`, which the browser reformats.
 * The server trims and re-checks it (see `validateSelection`).
 */
export function selectionToRange(
  root: HTMLElement,
  selection: SelectionLike | null,
  text: string,
): { start: number; end: number; quote: string } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const first = selection.getRangeAt(0);
  const last = selection.getRangeAt(selection.rangeCount - 1);
  const start = domPointToOffset(root, first.startContainer, first.startOffset, "start");
  const end = domPointToOffset(root, last.endContainer, last.endOffset, "end");
  // start > end happens when only the gap between two blocks is selected: nothing rendered lies inside.
  if (start === null || end === null || start >= end || end > text.length) return null;
  const quote = text.slice(start, end);
  if (quote.trim().length === 0) return null;
  return { start, end, quote };
}

/**
 * The DOM point for a canonical offset, to scroll to a claim or re-select it. A "start" point goes to
 * the first rendered text that has characters at or after the offset, an "end" point to the last one
 * with characters before it. So an offset on the border of two texts lands on the side the claim is
 * on, and one in an unrendered gap (a block separator) snaps inward, like {@link domPointToOffset}.
 * Past either end of the text it clamps to the first or last rendered character. Null for a negative
 * or non-integer offset, or when nothing is rendered.
 */
export function offsetToDomPoint(
  root: HTMLElement,
  offset: number,
  edge: "start" | "end" = "start",
): { node: Text; offset: number } | null {
  if (!Number.isInteger(offset) || offset < 0) return null;
  const { texts } = placeTexts(root);
  const clamp = ({ node, base }: PlacedText) => ({
    node,
    offset: Math.min(Math.max(offset - base, 0), node.data.length),
  });
  const target =
    edge === "start"
      ? (texts.find(({ node, base }) => offset < base + node.data.length) ?? texts.at(-1))
      : (texts.findLast(({ base }) => base < offset) ?? texts[0]);
  return target ? clamp(target) : null;
}
