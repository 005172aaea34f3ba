import { describe, expect, it } from "vitest";

import { indexRanges, segmentSpan, type HighlightRange, type HighlightSegment } from "./segments";

/** Segments must be non-empty, consecutive, and cover the span exactly. */
function expectTiling(span: { start: number; end: number }, segments: HighlightSegment[]): void {
  expect(segments[0]?.start).toBe(span.start);
  expect(segments.at(-1)?.end).toBe(span.end);
  segments.forEach((segment, index) => {
    expect(segment.start).toBeLessThan(segment.end);
    if (index > 0) expect(segment.start).toBe(segments[index - 1]?.end);
  });
}

const range = (id: string, start: number, end: number): HighlightRange => ({ id, start, end });

describe("segmentSpan", () => {
  it("returns one unhighlighted segment without ranges", () => {
    expect(segmentSpan({ start: 10, end: 20 }, [])).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it("returns nothing for an empty span", () => {
    expect(segmentSpan({ start: 5, end: 5 }, [range("a", 0, 10)])).toEqual([]);
  });

  it("splits overlapping ranges at every boundary", () => {
    const span = { start: 0, end: 20 };
    const segments = segmentSpan(span, [range("b", 5, 15), range("a", 0, 10)]);
    expect(segments).toEqual([
      { start: 0, end: 5, ids: ["a"] },
      { start: 5, end: 10, ids: ["a", "b"] },
      { start: 10, end: 15, ids: ["b"] },
      { start: 15, end: 20, ids: [] },
    ]);
    expectTiling(span, segments);
  });

  it("lists nested ranges outermost first, innermost last", () => {
    const segments = segmentSpan({ start: 0, end: 20 }, [
      range("inner", 6, 8),
      range("middle", 5, 10),
      range("outer", 0, 20),
    ]);
    expect(segments).toEqual([
      { start: 0, end: 5, ids: ["outer"] },
      { start: 5, end: 6, ids: ["outer", "middle"] },
      { start: 6, end: 8, ids: ["outer", "middle", "inner"] },
      { start: 8, end: 10, ids: ["outer", "middle"] },
      { start: 10, end: 20, ids: ["outer"] },
    ]);
  });

  it("handles shared boundaries and identical ranges", () => {
    expect(
      segmentSpan({ start: 0, end: 10 }, [range("a", 0, 5), range("b", 5, 10), range("c", 0, 10)]),
    ).toEqual([
      { start: 0, end: 5, ids: ["c", "a"] },
      { start: 5, end: 10, ids: ["c", "b"] },
    ]);
    expect(segmentSpan({ start: 0, end: 8 }, [range("y", 2, 6), range("x", 2, 6)])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ["x", "y"] },
      { start: 6, end: 8, ids: [] },
    ]);
  });

  it("orders equal lengths by start", () => {
    expect(segmentSpan({ start: 0, end: 6 }, [range("late", 2, 6), range("early", 0, 4)])[1]).toEqual({
      start: 2,
      end: 4,
      ids: ["early", "late"],
    });
  });

  it("clips ranges reaching past the span and ignores those outside it", () => {
    const span = { start: 10, end: 20 };
    const segments = segmentSpan(span, [
      range("before", 0, 10),
      range("left", 0, 15),
      range("right", 18, 30),
      range("after", 20, 25),
      range("empty", 12, 12),
    ]);
    expect(segments).toEqual([
      { start: 10, end: 15, ids: ["left"] },
      { start: 15, end: 18, ids: [] },
      { start: 18, end: 20, ids: ["right"] },
    ]);
    expectTiling(span, segments);
  });

  it("orders by the full length of a clipped range, so nesting is the same in every block", () => {
    // Clipped to this span both are 10 long, but "long" covers far more of the article.
    const segments = segmentSpan({ start: 90, end: 110 }, [range("short", 95, 105), range("long", 0, 100)]);
    expect(segments).toEqual([
      { start: 90, end: 95, ids: ["long"] },
      { start: 95, end: 100, ids: ["long", "short"] },
      { start: 100, end: 105, ids: ["short"] },
      { start: 105, end: 110, ids: [] },
    ]);
  });

  it("covers a span that lies inside a single range", () => {
    expect(segmentSpan({ start: 40, end: 50 }, [range("all", 0, 100)])).toEqual([
      { start: 40, end: 50, ids: ["all"] },
    ]);
  });

  it("gives the same result from an index as from the raw ranges", () => {
    const ranges = [range("a", 3, 9), range("b", 0, 4), range("c", 8, 30), range("d", 12, 14)];
    const index = indexRanges(ranges);
    for (const span of [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 5, end: 13 },
    ]) {
      expect(segmentSpan(span, index)).toEqual(segmentSpan(span, ranges));
    }
  });

  it("segments 500 ranges over a 50,000-character text in 200 blocks correctly", () => {
    // A small deterministic generator, so a failure can be reproduced.
    let seed = 42;
    const random = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    const ranges = Array.from({ length: 500 }, (_, i) => {
      const start = random(50_000);
      const length = i % 50 === 0 ? 1 + random(5_000) : 1 + random(300);
      return range(`r${i}`, start, Math.min(50_000, start + length));
    });
    const blocks = Array.from({ length: 200 }, (_, i) => ({ start: i * 250, end: i * 250 + 248 }));

    const index = indexRanges(ranges);
    let highlighted = 0;
    for (const block of blocks) {
      const segments = segmentSpan(block, index);
      expectTiling(block, segments);
      for (const segment of segments) {
        // Checked naively: the ids are exactly the ranges covering the whole segment.
        const covering = ranges
          .filter((r) => r.start <= segment.start && r.end >= segment.end)
          .map((r) => r.id)
          .sort();
        expect([...segment.ids].sort()).toEqual(covering);
        if (segment.ids.length > 0) highlighted += 1;
      }
    }
    expect(highlighted).toBeGreaterThan(0);
  });
});
