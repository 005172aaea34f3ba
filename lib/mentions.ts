/**
 * @mentions in comment bodies.
 *
 * Storage form: a mention is the token `@[Display Name](user:<uuid>)`. Inside the name, `\`, `[` and `]`
 * are escaped with a backslash so any display name survives. The composer shows `@Display Name` and
 * remembers whom the person picked from the autocomplete; `toStorage` and `fromStorage` convert.
 *
 * Anti-forgery: only `toStorage` writes tokens, and only for people picked in the autocomplete. In the
 * text the person typed, every `@` that is followed by zero or more backslashes and then `[` gets one
 * more backslash (`@[` → `@\[`, `@\[` → `@\\[`), so a typed `@[x](user:…)` is never `@[` in storage.
 * A token preceded by an odd number of backslashes is not a token (its `@` is a Markdown escape), and
 * `toStorage` never writes a token right after a backslash. `fromStorage` and the Markdown renderer
 * remove that one added backslash again, so what was typed round-trips exactly. The server still checks
 * every token's user id against the team: a raw API call can write any token it likes.
 */

/** The source of the mention token pattern; build a RegExp from it with the flags you need. */
export const MENTION_TOKEN =
  /@\[((?:[^\\[\]\r\n]|\\[^\r\n]){1,200})\]\(user:([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})\)/
    .source;

/** The longest partial name the autocomplete looks at. */
export const MENTION_QUERY_MAX = 40;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const TYPED_TOKEN_START = /@(\\*)\[/g;
const ESCAPED_TOKEN_START = /@\\(\\*)\[/g;

export interface PickedMention {
  userId: string;
  name: string;
}

export interface ParsedMention extends PickedMention {
  start: number;
  end: number;
}

/**
 * Whether an `@` at `index` may start a mention: at the start of the text or after a character that
 * is neither part of a name (so `ann@example.com` is not one) nor a backslash (which escapes the `@`).
 */
function isMentionBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? "";
  return before !== "\\" && !NAME_CHAR.test(before);
}

function backslashesBefore(text: string, index: number): number {
  let count = 0;
  while (index - count - 1 >= 0 && text[index - count - 1] === "\\") count++;
  return count;
}

/** Every mention token in a stored body, in order, with its span. */
export function parseMentions(body: string): ParsedMention[] {
  const found: ParsedMention[] = [];
  const pattern = new RegExp(MENTION_TOKEN, "g");
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const [token, rawName = "", userId = ""] = match;
    // An escaped `@` starts literal text, exactly as the Markdown renderer reads it.
    if (backslashesBefore(body, match.index) % 2 === 1) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    found.push({
      userId: userId.toLowerCase(),
      name: rawName.replace(/\\(.)/g, "$1"),
      start: match.index,
      end: match.index + token.length,
    });
  }
  return found;
}

/** The distinct user ids mentioned in a stored body, in order of first mention. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set(parseMentions(body).map((mention) => mention.userId))];
}

/** The storage token for one mention. */
export function mentionToken({ userId, name }: PickedMention): string {
  return `@[${name.replace(/[\\[\]]/g, "\\$&")}](user:${userId.toLowerCase()})`;
}

/** Escape typed text so that no `@[` in it can be read as a token (see the module comment). */
function escapeTyped(text: string): string {
  return text.replace(TYPED_TOKEN_START, "@\\$1[");
}

/** Undo `escapeTyped`: text outside tokens as the person typed it (the Markdown reader needs it). */
export function unescapeTyped(text: string): string {
  return text.replace(ESCAPED_TOKEN_START, "@$1[");
}

/**
 * The stored body for what the composer shows. Each `@Name` at a mention boundary whose name was
 * picked becomes a token, longest names first, so "@Ann Lee" wins over "@Ann"; the name must be
 * followed by the end or a character that cannot continue a name ("@Ann's" mentions Ann). Names match
 * exactly, case included. If two picked people share a display name, the first one picked wins: plain
 * text cannot tell them apart. Picked entries without a valid uuid or with an empty or multi-line name
 * are ignored. Everything else is escaped, so typed text can never forge a token.
 */
export function toStorage(displayText: string, picked: readonly PickedMention[]): string {
  const candidates = picked
    .filter((person) => UUID.test(person.userId) && person.name.trim() !== "" && !/[\r\n]/.test(person.name))
    .toSorted((a, b) => b.name.length - a.name.length);
  let out = "";
  let segmentStart = 0;
  let index = displayText.indexOf("@");
  while (index !== -1) {
    let next = index + 1;
    if (isMentionBoundary(displayText, index)) {
      const person = candidates.find((candidate) => {
        if (!displayText.startsWith(candidate.name, index + 1)) return false;
        const after = displayText[index + 1 + candidate.name.length];
        return after === undefined || !NAME_CHAR.test(after);
      });
      if (person) {
        out += escapeTyped(displayText.slice(segmentStart, index)) + mentionToken(person);
        next = index + 1 + person.name.length;
        segmentStart = next;
      }
    }
    index = displayText.indexOf("@", next);
  }
  return out + escapeTyped(displayText.slice(segmentStart));
}

/**
 * The composer text and picked people for a stored body, for editing: tokens become `@Name` and the
 * anti-forgery escape is removed. `toStorage(fromStorage(body).text, fromStorage(body).picked)`
 * gives the body back for anything `toStorage` wrote.
 */
export function fromStorage(body: string): { text: string; picked: PickedMention[] } {
  const picked: PickedMention[] = [];
  const seen = new Set<string>();
  let text = "";
  let cursor = 0;
  for (const mention of parseMentions(body)) {
    text += unescapeTyped(body.slice(cursor, mention.start)) + `@${mention.name}`;
    cursor = mention.end;
    const key = `${mention.userId}\n${mention.name}`;
    if (!seen.has(key)) {
      seen.add(key);
      picked.push({ userId: mention.userId, name: mention.name });
    }
  }
  return { text: text + unescapeTyped(body.slice(cursor)), picked };
}

/**
 * The partial name being typed when the caret sits after `@` and up to 40 characters on the same line
 * with no other `@`, for the autocomplete; `start` is the index of the `@`. Null when the `@` is not at
 * a mention boundary (an email address) or the query starts with whitespace.
 */
export function mentionQueryAt(text: string, caret: number): { query: string; start: number } | null {
  if (!Number.isInteger(caret) || caret < 1 || caret > text.length) return null;
  const floor = Math.max(0, caret - MENTION_QUERY_MAX - 1);
  for (let index = caret - 1; index >= floor; index--) {
    const char = text[index];
    if (char === "\n" || char === "\r") return null;
    if (char !== "@") continue;
    if (!isMentionBoundary(text, index)) return null;
    const query = text.slice(index + 1, caret);
    return /^\s/.test(query) ? null : { query, start: index };
  }
  return null;
}
