/**
 * Highlight segmentation for the reader. Claims may overlap, nest and share edges, but HTML marks must
 * nest properly, so the reader cuts each rendered span of text (a block, a table cell) into pieces at
 * every highlight boundary and wraps each piece in the marks that cover it, outermost first. Offsets are
 * UTF-16 code units into the canonical text, like the anchors themselves.
 */

/** One highlighted range of the canonical text (`start` inclusive, `end` exclusive). */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

/** A piece of a span covered by the same set of highlights, outermost first, innermost last. */
export interface HighlightSegment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Ranges sorted once by start, with the running maximum of their ends, so that finding the ranges that
 * touch a span is a binary search plus a scan of the likely ones instead of a pass over all of them.
 */
export interface HighlightIndex {
  readonly ranges: readonly HighlightRange[];
  readonly maxEnd: readonly number[];
}

/**
 * Sort highlight ranges once for repeated {@link segmentSpan} calls (one per block of an article).
 * Empty or inverted ranges are dropped: they cover no text and would only add empty segments.
 */
export function indexRanges(ranges: readonly HighlightRange[]): HighlightIndex {
  const sorted = ranges.filter((range) => range.start < range.end).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let running = -Infinity;
  for (const range of sorted) {
    running = Math.max(running, range.end);
    maxEnd.push(running);
  }
  return { ranges: sorted, maxEnd };
}

/** The first index in [0, length) for which `isAfter` holds, given that it holds for a suffix. */
function firstIndex(length: number, isAfter: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Outermost first: longer ranges (by their full, unclipped length), then earlier, then by id. */
function compareNesting(a: HighlightRange, b: HighlightRange): number {
  const byLength = b.end - b.start - (a.end - a.start);
  if (byLength !== 0) return byLength;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ranges of an index that overlap `[start, end)`. */
function rangesTouching(index: HighlightIndex, start: number, end: number): HighlightRange[] {
  const { ranges, maxEnd } = index;
  // Before `from`, every range ends at or before `start`; from `to` on, every range starts at or after `end`.
  const from = firstIndex(maxEnd.length, (i) => (maxEnd[i] ?? -Infinity) > start);
  const to = firstIndex(ranges.length, (i) => (ranges[i]?.start ?? Infinity) >= end);
  const touching: HighlightRange[] = [];
  for (let i = from; i < to; i += 1) {
    const range = ranges[i];
    if (range && range.end > start) touching.push(range);
  }
  return touching;
}

/**
 * Cut `span` into consecutive, non-empty segments at every highlight boundary inside it. The segments
 * tile the span exactly; each lists the ids of the ranges covering it, outermost (longest) first and
 * innermost last, so the reader can nest `<mark>` elements in that order and the same claim keeps the
 * same nesting depth across blocks. Ranges reaching past the span are clipped; ranges outside it are
 * ignored; unhighlighted stretches get `ids: []`.
 *
 * Pass an {@link indexRanges} result when segmenting many spans: each call then costs
 * O(log n + r log r + output) for r ranges near the span. A raw array is indexed on every call.
 */
export function segmentSpan(
  span: { start: number; end: number },
  ranges: readonly HighlightRange[] | HighlightIndex,
): HighlightSegment[] {
  if (span.end <= span.start) return [];
  const index = isIndex(ranges) ? ranges : indexRanges(ranges);
  const touching = rangesTouching(index, span.start, span.end).sort(compareNesting);
  const clipped = touching.map((range, rank) => ({
    id: range.id,
    rank,
    start: Math.max(range.start, span.start),
    end: Math.min(range.end, span.end),
  }));

  const boundaries = [
    ...new Set([span.start, span.end, ...clipped.flatMap((range) => [range.start, range.end])]),
  ].sort((a, b) => a - b);
  const starts = [...clipped].sort((a, b) => a.start - b.start);
  const ends = [...clipped].sort((a, b) => a.end - b.end);

  // The active ranges, kept in nesting order (by rank) so each segment's ids come out already sorted.
  const active: typeof clipped = [];
  const segments: HighlightSegment[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const at = boundaries[i] ?? span.start;
    const until = boundaries[i + 1] ?? span.end;
    for (let range = ends[nextEnd]; range && range.end <= at; range = ends[nextEnd]) {
      nextEnd += 1;
      active.splice(active.indexOf(range), 1);
    }
    for (let range = starts[nextStart]; range && range.start <= at; range = starts[nextStart]) {
      nextStart += 1;
      const { rank } = range;
      active.splice(
        firstIndex(active.length, (j) => (active[j]?.rank ?? Infinity) > rank),
        0,
        range,
      );
    }
    segments.push({ start: at, end: until, ids: active.map((range) => range.id) });
  }
  return segments;
}

function isIndex(value: readonly HighlightRange[] | HighlightIndex): value is HighlightIndex {
  return !Array.isArray(value);
}
