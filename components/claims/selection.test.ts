import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

import { domPointToOffset, offsetToDomPoint, selectionToRange, type SelectionLike } from "./selection";

// The canonical text and how the reader renders it: two blocks, a highlight mark, an unrendered
// separator (the "\n" text node between paragraphs carries no data-offset) and an emoji.
const TEXT = "Hello world\n\nNext 😀 line";
const HTML = `<!doctype html><html><body><div id="reader"><p><span data-offset="0">Hello </span><span data-offset="6"><mark>world</mark></span></p>
<p><span data-offset="13">Next 😀 line</span></p></div><div id="outside">elsewhere</div></body></html>`;

function setup() {
  const { document } = parseHTML(HTML);
  const element = (id: string): HTMLElement => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`#${id} missing`);
    return found;
  };
  const firstText = (node: Node): Text => {
    for (let current: Node | null = node; current; current = current.firstChild) {
      if (current.nodeType === 3) return current as Text;
    }
    throw new Error("no text node");
  };
  const root = element("reader");
  const [first, separator, second] = Array.from(root.childNodes);
  if (!first || !separator || !second) throw new Error("unexpected reader markup");
  const hello = firstText(root.querySelector('[data-offset="0"]') ?? root);
  const world = firstText(root.querySelector("mark") ?? root);
  const line = firstText(second);
  return { root, first, separator, second, hello, world, line, outside: firstText(element("outside")) };
}

/** A selection of one range, as `window.getSelection()` would report it. */
function selectionOf(
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
): SelectionLike {
  return {
    isCollapsed: startContainer === endContainer && startOffset === endOffset,
    rangeCount: 1,
    getRangeAt: () => ({ startContainer, startOffset, endContainer, endOffset }),
  };
}

describe("domPointToOffset", () => {
  it("adds a text node's offset to its element's base, through highlight marks", () => {
    const { root, hello, world, line } = setup();
    expect(domPointToOffset(root, hello, 2, "start")).toBe(2);
    expect(domPointToOffset(root, world, 3, "start")).toBe(9);
    expect(domPointToOffset(root, line, 7, "end")).toBe(20);
    expect(TEXT.slice(18, 20)).toBe("😀");
  });

  it("snaps a point between elements inward: start to the next text, end to the previous", () => {
    const { root, first } = setup();
    expect(domPointToOffset(root, first, 0, "start")).toBe(0);
    expect(domPointToOffset(root, first, 1, "start")).toBe(6);
    expect(domPointToOffset(root, first, 1, "end")).toBe(6);
    expect(domPointToOffset(root, first, 2, "end")).toBe(11);
    expect(domPointToOffset(root, root, 1, "start")).toBe(13);
    expect(domPointToOffset(root, root, 1, "end")).toBe(11);
    expect(domPointToOffset(root, root, 3, "end")).toBe(TEXT.length);
  });

  it("treats an unrendered text node like a point between elements", () => {
    const { root, separator } = setup();
    expect(domPointToOffset(root, separator, 0, "start")).toBe(13);
    expect(domPointToOffset(root, separator, 1, "end")).toBe(11);
  });

  it("is null outside the root or with no text on that side", () => {
    const { root, outside } = setup();
    expect(domPointToOffset(root, outside, 1, "start")).toBeNull();
    expect(domPointToOffset(root, root, 0, "end")).toBeNull();
    expect(domPointToOffset(root, root, 3, "start")).toBeNull();
  });
});

describe("selectionToRange", () => {
  it("maps a selection across paragraphs to offsets and the canonical quote", () => {
    const { root, hello, line } = setup();
    expect(selectionToRange(root, selectionOf(hello, 6, line, 4), TEXT)).toEqual({
      start: 6,
      end: 17,
      quote: "world\n\nNext",
    });
  });

  it("maps a selection made of element boundaries", () => {
    const { root } = setup();
    expect(selectionToRange(root, selectionOf(root, 0, root, 3), TEXT)).toEqual({
      start: 0,
      end: 25,
      quote: TEXT,
    });
  });

  it("is null for no selection, a collapsed one, or one reaching outside the root", () => {
    const { root, hello, outside } = setup();
    expect(selectionToRange(root, null, TEXT)).toBeNull();
    expect(selectionToRange(root, selectionOf(hello, 2, hello, 2), TEXT)).toBeNull();
    expect(selectionToRange(root, selectionOf(hello, 2, outside, 3), TEXT)).toBeNull();
    expect(
      selectionToRange(
        root,
        {
          isCollapsed: false,
          rangeCount: 0,
          getRangeAt: () => {
            throw new Error("no range");
          },
        },
        TEXT,
      ),
    ).toBeNull();
  });

  it("is null when only whitespace or the gap between blocks is selected", () => {
    const { root, hello, separator } = setup();
    expect(selectionToRange(root, selectionOf(hello, 5, hello, 6), TEXT)).toBeNull();
    expect(selectionToRange(root, selectionOf(separator, 0, separator, 1), TEXT)).toBeNull();
  });
});

describe("offsetToDomPoint", () => {
  it("finds the text node and offset for a canonical offset", () => {
    const { root, hello, world, line } = setup();
    expect(offsetToDomPoint(root, 2)).toEqual({ node: hello, offset: 2 });
    expect(offsetToDomPoint(root, 9)).toEqual({ node: world, offset: 3 });
    expect(offsetToDomPoint(root, 20)).toEqual({ node: line, offset: 7 });
  });

  it("puts a border offset on the side of the edge", () => {
    const { root, hello, world } = setup();
    expect(offsetToDomPoint(root, 6, "start")).toEqual({ node: world, offset: 0 });
    expect(offsetToDomPoint(root, 6, "end")).toEqual({ node: hello, offset: 6 });
  });

  it("snaps offsets in gaps inward and clamps at the ends", () => {
    const { root, world, line, hello } = setup();
    expect(offsetToDomPoint(root, 12, "start")).toEqual({ node: line, offset: 0 });
    expect(offsetToDomPoint(root, 12, "end")).toEqual({ node: world, offset: 5 });
    expect(offsetToDomPoint(root, TEXT.length, "start")).toEqual({ node: line, offset: 12 });
    expect(offsetToDomPoint(root, 0, "end")).toEqual({ node: hello, offset: 0 });
    expect(offsetToDomPoint(root, -1)).toBeNull();
    expect(offsetToDomPoint(root, 1.5)).toBeNull();
  });

  it("round-trips with domPointToOffset", () => {
    const { root } = setup();
    for (let offset = 0; offset <= TEXT.length; offset += 1) {
      if (offset === 12 || offset === 19) continue; // inside the separator, inside the emoji
      const point = offsetToDomPoint(root, offset, "end");
      expect(point && domPointToOffset(root, point.node, point.offset, "end")).toBe(
        offset === 13 ? 11 : offset,
      );
    }
  });
});
