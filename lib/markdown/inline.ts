import { fromStorage, parseMentions, type ParsedMention } from "@/lib/mentions";

import type { MdInline } from "./ast";
import { DelimiterStack, NodeList, type ListNode } from "./emphasis";
import { normalize } from "./inline-tree";
import { bareUrl, MAX_URL_LENGTH, safeHref, URL_START, URL_STOP } from "./links";

/**
 * Inline Markdown: emphasis, code spans, links, bare URLs, mention tokens and backslash escapes, in one
 * left-to-right pass over the text (CommonMark's algorithm; emphasis pairing lives in emphasis.ts).
 * No regex runs over unbounded text, so nothing can backtrack catastrophically.
 */

const MAX_DESTINATION_PARENS = 32;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const WHITESPACE = /^\s$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

interface Bracket {
  node: ListNode;
  /** The delimiter stack top when the bracket opened: the link's emphasis is resolved above it. */
  bottom: number;
}

class InlineParser {
  private readonly list = new NodeList();
  private readonly delimiters = new DelimiterStack(this.list);
  private readonly brackets: Bracket[] = [];
  /** Brackets below this index may no longer open a link: links do not nest. */
  private inactiveBelow = 0;
  /** Code span lengths known to have no closing run further on. */
  private readonly unclosedCode = new Set<number>();
  private readonly mentions = new Map<number, ParsedMention>();
  private text = "";

  constructor(private readonly src: string) {
    for (const mention of parseMentions(src)) this.mentions.set(mention.start, mention);
  }

  parse(): MdInline[] {
    const { src } = this;
    let i = 0;
    while (i < src.length) {
      const char = src[i] ?? "";
      const mention = this.mentions.get(i);
      if (mention) {
        this.append({ type: "mention", userId: mention.userId, name: mention.name });
        i = mention.end;
      } else if (char === "\\") i = this.escape(i);
      else if (char === "\n") {
        this.trimTrailingBlanks();
        this.append({ type: "break" });
        i = this.skipIndent(i + 1);
      } else if (char === "`") i = this.codeSpan(i);
      else if (char === "*" || char === "_") i = this.delimiterRun(i, char);
      else if (char === "[") {
        this.brackets.push({ node: this.append("["), bottom: this.delimiters.topPosition });
        i++;
      } else if (char === "]") i = this.closeBracket(i);
      else if ((char === "h" || char === "H" || char === "m" || char === "M") && this.isUrlStart(i)) {
        i = this.bareUrl(i);
      } else {
        this.text += char;
        i = char === "@" ? this.skipStorageEscape(i + 1) : i + 1;
      }
    }
    this.flush();
    this.delimiters.process(-1);
    return normalize(this.list.detach(this.list.head, null), 0, false);
  }

  private flush(): void {
    if (this.text === "") return;
    this.list.append(this.text);
    this.text = "";
  }

  /** Add a node at the end, after any pending text. */
  private append(value: string | MdInline): ListNode {
    this.flush();
    return this.list.append(value);
  }

  /**
   * `toStorage` adds a backslash after a typed `@` followed by backslashes and `[` (mentions.ts);
   * skip it here so the text reads exactly as the person typed it.
   */
  private skipStorageEscape(i: number): number {
    let end = i;
    while (this.src[end] === "\\") end++;
    return end > i && this.src[end] === "[" ? i + 1 : i;
  }

  /** A line's trailing blanks are not content (a loop: `/[ \t]+$/` is quadratic on long runs). */
  private trimTrailingBlanks(): void {
    let end = this.text.length;
    while (end > 0 && (this.text[end - 1] === " " || this.text[end - 1] === "\t")) end--;
    this.text = this.text.slice(0, end);
  }

  private skipIndent(i: number): number {
    while (this.src[i] === " " || this.src[i] === "\t") i++;
    return i;
  }

  private escape(i: number): number {
    const next = this.src[i + 1];
    if (next === "\n") {
      this.append({ type: "break" });
      return this.skipIndent(i + 2);
    }
    if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
      this.text += next;
      return next === "@" ? this.skipStorageEscape(i + 2) : i + 2;
    }
    this.text += "\\";
    return i + 1;
  }

  private runLength(i: number, char: string): number {
    let end = i;
    while (this.src[end] === char) end++;
    return end - i;
  }

  private codeSpan(i: number): number {
    const { src } = this;
    const length = this.runLength(i, "`");
    const start = i + length;
    if (!this.unclosedCode.has(length)) {
      let j = start;
      while (j < src.length) {
        const mention = this.mentions.get(j);
        if (mention) j = mention.end;
        else if (src[j] !== "`") j++;
        else {
          const run = this.runLength(j, "`");
          if (run === length) {
            let content = src.slice(start, j).replace(/\n/g, " ");
            if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) {
              content = content.slice(1, -1);
            }
            this.append({ type: "code", text: fromStorage(content).text });
            return j + run;
          }
          j += run;
        }
      }
      this.unclosedCode.add(length);
    }
    this.text += "`".repeat(length);
    return start;
  }

  private charBefore(i: number): string {
    const code = this.src.charCodeAt(i - 1);
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    return i === 0 ? "\n" : this.src.slice(isLowSurrogate ? Math.max(0, i - 2) : i - 1, i);
  }

  private charAt(i: number): string {
    const code = this.src.codePointAt(i);
    return code === undefined ? "\n" : String.fromCodePoint(code);
  }

  private delimiterRun(i: number, char: string): number {
    const length = this.runLength(i, char);
    const node = this.append(char.repeat(length));
    this.delimiters.push(node, char, length, this.charBefore(i), this.charAt(i + length));
    return i + length;
  }

  private closeBracket(i: number): number {
    this.flush();
    const opener = this.brackets.pop();
    const isActive = this.brackets.length >= this.inactiveBelow;
    this.inactiveBelow = Math.min(this.inactiveBelow, this.brackets.length);
    const destination = opener && isActive && this.src[i + 1] === "(" ? this.destination(i + 2) : null;
    if (!opener || !destination) {
      this.text += "]";
      return i + 1;
    }
    this.delimiters.process(opener.bottom);
    const children = this.list.detach(opener.node.next, null);
    opener.node.value = {
      type: "link",
      href: destination.href,
      children: children.length > 0 ? children : [{ type: "text", text: destination.raw }],
    };
    this.inactiveBelow = this.brackets.length;
    return destination.end;
  }

  /** A link target `(url)` starting after the `(`: only a safe href counts, else the text stays literal. */
  private destination(start: number): { href: string; raw: string; end: number } | null {
    const { src } = this;
    let j = this.skipIndent(start);
    let raw = "";
    let depth = 0;
    while (j < src.length && raw.length <= MAX_URL_LENGTH) {
      const char = src[j] ?? "";
      if (WHITESPACE.test(char) || this.mentions.has(j)) break;
      if (char === "\\" && ASCII_PUNCTUATION.test(src[j + 1] ?? "")) {
        raw += src[j + 1];
        j += 2;
        continue;
      }
      if (char === "(" && ++depth > MAX_DESTINATION_PARENS) return null;
      if (char === ")" && depth-- === 0) break;
      raw += char;
      j++;
    }
    j = this.skipIndent(j);
    if (src[j] !== ")") return null;
    const href = safeHref(raw);
    return href ? { href, raw, end: j + 1 } : null;
  }

  private isUrlStart(i: number): boolean {
    return URL_START.test(this.src.slice(i, i + 8)) && !WORD_CHAR.test(this.charBefore(i));
  }

  /** A bare URL, GFM style: trailing punctuation and unbalanced `)` are left out of it. */
  private bareUrl(i: number): number {
    const { src } = this;
    let end = i;
    while (end < src.length && end - i <= MAX_URL_LENGTH && !this.mentions.has(end)) {
      if (URL_STOP.test(src[end] ?? "")) break;
      end++;
    }
    const scanned = src.slice(i, end);
    const url = bareUrl(scanned);
    if (!url) {
      // Keep the whole scanned run as text so that a failed URL is not scanned again from each letter.
      this.text += scanned;
      return scanned.endsWith("@") ? this.skipStorageEscape(end) : end;
    }
    this.append({ type: "link", href: url.href, children: [{ type: "text", text: url.text }] });
    const after = i + url.text.length;
    return url.text.endsWith("@") ? this.skipStorageEscape(after) : after;
  }
}

/** Parse one block's inline content (lines joined by "\n") into inlines. */
export function parseInline(src: string): MdInline[] {
  return new InlineParser(src).parse();
}
