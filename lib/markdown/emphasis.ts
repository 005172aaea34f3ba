import type { MdInline } from "./ast";
import { pushInline } from "./inline-tree";

/**
 * The two data structures of CommonMark's inline algorithm: a linked list of inline nodes, and a stack
 * of `*` / `_` delimiter runs that "process emphasis" pairs into <strong> and <em>. Pairing rewires the
 * list instead of re-scanning text, and the "openers bottom" bounds keep it linear: 10,000 `*` or
 * `*a*a*a…` take one pass, where a "search for the closing marker" parser would go quadratic.
 */

export interface ListNode {
  /** A string is literal text, including unmatched delimiters and brackets. */
  value: string | MdInline;
  prev: ListNode | null;
  next: ListNode | null;
}

/** A doubly linked list of inline nodes. */
export class NodeList {
  head: ListNode | null = null;
  tail: ListNode | null = null;

  append(value: string | MdInline): ListNode {
    const node: ListNode = { value, prev: this.tail, next: null };
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
    return node;
  }

  /** Detach the nodes from `from` up to, not including, `until` (null: the end) as inlines. */
  detach(from: ListNode | null, until: ListNode | null): MdInline[] {
    const out: MdInline[] = [];
    if (!from || from === until) return out;
    for (let node: ListNode | null = from; node && node !== until; node = node.next) {
      pushInline(out, node.value);
    }
    const before = from.prev;
    if (before) before.next = until;
    else this.head = until;
    if (until) until.prev = before;
    else this.tail = before;
    return out;
  }

  /** Put a new node between two neighbours. */
  insertBetween(prev: ListNode, next: ListNode, value: MdInline): void {
    const node: ListNode = { value, prev, next };
    prev.next = node;
    next.prev = node;
  }
}

interface Delimiter {
  node: ListNode;
  char: string;
  /** Characters left in the run; `length` is the run as written, for the rule of three. */
  count: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  /** Creation order: a bound taken from a delimiter survives that delimiter's removal. */
  position: number;
  prev: Delimiter | null;
  next: Delimiter | null;
}

const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

function isMatch(opener: Delimiter, closer: Delimiter): boolean {
  if (opener.char !== closer.char || !opener.canOpen) return false;
  // CommonMark's rule of three, so `*foo**bar*` pairs the way a reader expects.
  const isEither = opener.canClose || closer.canOpen;
  const isMultipleOfThree = (opener.length + closer.length) % 3 === 0;
  return !(isEither && isMultipleOfThree && !(opener.length % 3 === 0 && closer.length % 3 === 0));
}

/** The stack of emphasis delimiter runs, over the nodes of one `NodeList`. */
export class DelimiterStack {
  private top: Delimiter | null = null;
  private created = 0;

  constructor(private readonly list: NodeList) {}

  /** The position of the top delimiter, -1 if there is none: a bottom for `process`. */
  get topPosition(): number {
    return this.top?.position ?? -1;
  }

  /**
   * Record a run of `*` or `_` that was appended to the list as `node`, given the characters around
   * it ("\n" at either end of the text). CommonMark's flanking rules decide whether it may open or
   * close; `_` inside a word (snake_case) does neither.
   */
  push(node: ListNode, char: string, length: number, before: string, after: string): void {
    const isSpaceBefore = WHITESPACE.test(before);
    const isSpaceAfter = WHITESPACE.test(after);
    const isPunctBefore = PUNCTUATION.test(before);
    const isPunctAfter = PUNCTUATION.test(after);
    const isLeft = !isSpaceAfter && (!isPunctAfter || isSpaceBefore || isPunctBefore);
    const isRight = !isSpaceBefore && (!isPunctBefore || isSpaceAfter || isPunctAfter);
    const canOpen = char === "*" ? isLeft : isLeft && (!isRight || isPunctBefore);
    const canClose = char === "*" ? isRight : isRight && (!isLeft || isPunctAfter);
    if (!canOpen && !canClose) return;
    const delimiter: Delimiter = {
      node,
      char,
      count: length,
      length,
      canOpen,
      canClose,
      position: this.created++,
      prev: this.top,
      next: null,
    };
    if (this.top) this.top.next = delimiter;
    this.top = delimiter;
  }

  private remove(delimiter: Delimiter): void {
    if (delimiter.prev) delimiter.prev.next = delimiter.next;
    if (delimiter.next) delimiter.next.prev = delimiter.prev;
    if (this.top === delimiter) this.top = delimiter.prev;
  }

  /** Pair the delimiters above `bottom` (a position) into emphasis, then drop them all. */
  process(bottom: number): void {
    let closer: Delimiter | null = null;
    for (let delimiter = this.top; delimiter && delimiter.position > bottom; delimiter = delimiter.prev) {
      closer = delimiter;
    }
    const openersBottom = new Map<string, number>();
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.length % 3}`;
      const floor = Math.max(bottom, openersBottom.get(key) ?? bottom);
      let opener = closer.prev;
      while (opener && opener.position > floor && !isMatch(opener, closer)) opener = opener.prev;
      if (opener && opener.position > floor) {
        closer = this.pair(opener, closer);
      } else {
        // No opener for this kind of closer down to here: later searches for it can stop here.
        openersBottom.set(key, closer.prev?.position ?? bottom);
        const next: Delimiter | null = closer.next;
        if (!closer.canOpen) this.remove(closer);
        closer = next;
      }
    }
    while (this.top && this.top.position > bottom) this.remove(this.top);
  }

  /** Wrap what lies between two delimiters; returns the closer to continue with. */
  private pair(opener: Delimiter, closer: Delimiter): Delimiter | null {
    const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    opener.count -= use;
    closer.count -= use;
    opener.node.value = opener.char.repeat(opener.count);
    closer.node.value = closer.char.repeat(closer.count);
    const children = this.list.detach(opener.node.next, closer.node);
    this.list.insertBetween(opener.node, closer.node, { type: use === 2 ? "strong" : "emphasis", children });
    // Delimiters inside the new element can no longer pair with anything outside it.
    opener.next = closer;
    closer.prev = opener;
    if (opener.count === 0) {
      this.list.detach(opener.node, opener.node.next);
      this.remove(opener);
    }
    if (closer.count > 0) return closer;
    this.list.detach(closer.node, closer.node.next);
    const next = closer.next;
    this.remove(closer);
    return next;
  }
}
