/**
 * The syntax tree of a comment's Markdown subset. Every leaf is text: nothing in it is ever HTML, and a
 * link's href has already been checked to be http:, https: or mailto:.
 */

export type MdInline =
  | { type: "text"; text: string }
  | { type: "strong"; children: MdInline[] }
  | { type: "emphasis"; children: MdInline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: MdInline[] }
  | { type: "mention"; userId: string; name: string }
  | { type: "break" };

export type MdBlock =
  | { type: "paragraph"; children: MdInline[] }
  /** `start` is the first item's number of an ordered list, 1 for a bullet list. */
  | { type: "list"; ordered: boolean; start: number; items: MdBlock[][] }
  | { type: "quote"; children: MdBlock[] }
  | { type: "code"; text: string };
