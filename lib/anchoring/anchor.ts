/**
 * Claim anchoring, W3C Web Annotation style: a claim remembers both where it sits in the article text
 * (TextPositionSelector: `start`/`end`) and what it says with a little context either side
 * (TextQuoteSelector: `quote`, `prefix`, `suffix`). The canonical text of a snapshot is immutable, so
 * the position alone is normally enough; the quote and context let a claim find its place again if
 * its offsets ever stop matching (a re-imported article, a bug, a migrated snapshot), and let us say
 * "orphaned" instead of silently pointing at the wrong words.
 *
 * Offsets are UTF-16 code unit indices, exactly what `String.prototype.slice` and the DOM use, so the
 * server, the database and the browser agree without conversion. Nothing here may split a surrogate
 * pair: half an emoji is not a character anyone selected.
 */

/** How many code units of context either side of a quote an anchor keeps (the W3C selectors' usual size). */
export const ANCHOR_CONTEXT = 32;

/** Where a claim sits in the canonical text, and what it quotes (`start` inclusive, `end` exclusive). */
export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type SelectionRejection = "EMPTY" | "OUT_OF_RANGE" | "QUOTE_MISMATCH" | "SPLITS_CHARACTER";

export type SelectionValidation =
  { ok: true; anchor: TextAnchor } | { ok: false; reason: SelectionRejection };

export type AnchorResolution =
  { status: "exact" | "reanchored"; start: number; end: number } | { status: "orphaned" };

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

function isValidRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * Build the anchor for `text.slice(start, end)`, with up to {@link ANCHOR_CONTEXT} code units of
 * context either side. A context cut that would land inside a surrogate pair is pulled in by one unit,
 * so the stored prefix and suffix are always well-formed strings.
 *
 * @throws RangeError when the offsets are not integers, out of bounds, empty (`start >= end`), or
 *   split a surrogate pair: callers pass offsets they have already validated, so this is a bug.
 */
export function createAnchor(text: string, start: number, end: number): TextAnchor {
  if (!isValidRange(text, start, end)) {
    throw new RangeError(`Invalid anchor range [${start}, ${end}) for text of length ${text.length}`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new RangeError(`Anchor range [${start}, ${end}) splits a surrogate pair`);
  }
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT);
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

// The same set `String.prototype.trim` strips, so trimming offsets and trimming the quote agree.
const WHITESPACE = /\s/;

/**
 * Check a selection a client submitted against the canonical text and turn it into an anchor. The
 * browser's selection often carries a stray space or newline at either edge (double-click, drag past a
 * paragraph end), so both the offsets and the quote are trimmed of whitespace before they are compared;
 * the anchor returned covers the trimmed range. The client's quote must then equal the text at those
 * offsets: a mismatch means the client rendered a different snapshot, and we refuse rather than guess.
 *
 * Rejections: OUT_OF_RANGE (not integers, negative, past the end, or `start > end`), EMPTY (nothing
 * but whitespace, or `start === end`), SPLITS_CHARACTER (an edge inside a surrogate pair),
 * QUOTE_MISMATCH.
 */
export function validateSelection(
  text: string,
  start: number,
  end: number,
  quote: string,
): SelectionValidation {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    return { ok: false, reason: "OUT_OF_RANGE" };
  }
  let trimmedStart = start;
  let trimmedEnd = end;
  while (trimmedStart < trimmedEnd && WHITESPACE.test(text.charAt(trimmedStart))) trimmedStart += 1;
  while (trimmedEnd > trimmedStart && WHITESPACE.test(text.charAt(trimmedEnd - 1))) trimmedEnd -= 1;
  if (trimmedStart >= trimmedEnd) return { ok: false, reason: "EMPTY" };
  if (splitsPair(text, trimmedStart) || splitsPair(text, trimmedEnd)) {
    return { ok: false, reason: "SPLITS_CHARACTER" };
  }
  if (text.slice(trimmedStart, trimmedEnd) !== quote.trim()) return { ok: false, reason: "QUOTE_MISMATCH" };
  return { ok: true, anchor: createAnchor(text, trimmedStart, trimmedEnd) };
}

// Typographic variants that articles and copy-pastes swap freely. Every entry maps one code unit to
// one code unit, so a loose string has the same length and offsets as the original. The ellipsis is
// left alone on purpose: mapping it to "..." would shift every later offset.
const LOOSE_CHARS: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00A0": " ",
  "\u202F": " ",
};
const LOOSE_PATTERN = new RegExp(`[${Object.keys(LOOSE_CHARS).join("")}]`, "g");

function loosen(value: string): string {
  return value.replace(LOOSE_PATTERN, (char) => LOOSE_CHARS[char] ?? char);
}

/** Every start index of `needle` in `haystack`, overlapping occurrences included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) {
    found.push(index);
  }
  return found;
}

/** Length of the longest common suffix of `context` and the text ending at `end`. */
function matchBefore(text: string, end: number, context: string): number {
  let length = 0;
  while (
    length < context.length &&
    length < end &&
    text.charCodeAt(end - 1 - length) === context.charCodeAt(context.length - 1 - length)
  ) {
    length += 1;
  }
  return length;
}

/** Length of the longest common prefix of `context` and the text starting at `start`. */
function matchAfter(text: string, start: number, context: string): number {
  let length = 0;
  while (
    length < context.length &&
    start + length < text.length &&
    text.charCodeAt(start + length) === context.charCodeAt(length)
  ) {
    length += 1;
  }
  return length;
}

/**
 * Find where an anchor points in `text`. If the stored offsets still hold the quote, that is "exact".
 * Otherwise every occurrence of the quote is a candidate (compared loosely, so curly and straight
 * quotes, dash variants and non-breaking spaces match each other) and is scored by how much of the
 * stored prefix and suffix surround it. The best candidate is returned as "reanchored" only when the
 * evidence is unambiguous; otherwise the claim is "orphaned" so a person can re-attach it. We never
 * guess: a wrong highlight misattributes words to a source, which is worse than a missing one.
 *
 * - One occurrence: taken even without matching context (the quote itself is unique).
 * - Several occurrences: the best context score must be above zero and strictly higher than every
 *   other candidate's. Distance from the stored start only orders candidates; it never breaks a tie
 *   in context score, because nearness is not evidence once the offsets are known to be wrong.
 * - No occurrence, or an empty quote: orphaned.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): AnchorResolution {
  const { quote } = anchor;
  if (quote.length === 0) return { status: "orphaned" };
  if (isValidRange(text, anchor.start, anchor.end) && text.slice(anchor.start, anchor.end) === quote) {
    return { status: "exact", start: anchor.start, end: anchor.end };
  }

  // A corrupt stored start must not turn the ordering below into NaN comparisons.
  const origin = Number.isFinite(anchor.start) ? anchor.start : 0;
  const looseText = loosen(text);
  const prefix = loosen(anchor.prefix);
  const suffix = loosen(anchor.suffix);
  const candidates = occurrences(looseText, loosen(quote))
    .filter((start) => !splitsPair(text, start) && !splitsPair(text, start + quote.length))
    .map((start) => ({
      start,
      score: matchBefore(looseText, start, prefix) + matchAfter(looseText, start + quote.length, suffix),
      distance: Math.abs(start - origin),
    }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance);

  const [best, runnerUp] = candidates;
  if (!best) return { status: "orphaned" };
  if (runnerUp && (best.score === 0 || runnerUp.score === best.score)) return { status: "orphaned" };
  return { status: "reanchored", start: best.start, end: best.start + quote.length };
}
