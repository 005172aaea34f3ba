import { describe, expect, it } from "vitest";

import { ANCHOR_CONTEXT, createAnchor, resolveAnchor, validateSelection, type TextAnchor } from "./anchor";

/** The anchor for the `nth` (0-based) occurrence of `quote` in `text`. */
function anchorFor(text: string, quote: string, nth = 0): TextAnchor {
  let start = -1;
  for (let seen = 0; seen <= nth; seen += 1) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  }
  return createAnchor(text, start, start + quote.length);
}

describe("createAnchor", () => {
  it("keeps the quote with its context either side", () => {
    expect(createAnchor("Hello brave new world", 6, 11)).toEqual({
      quote: "brave",
      prefix: "Hello ",
      suffix: " new world",
      start: 6,
      end: 11,
    });
  });

  it("cuts the context at ANCHOR_CONTEXT code units", () => {
    const text = `${"a".repeat(50)}quote${"b".repeat(50)}`;
    const anchor = createAnchor(text, 50, 55);
    expect(anchor.prefix).toBe("a".repeat(ANCHOR_CONTEXT));
    expect(anchor.suffix).toBe("b".repeat(ANCHOR_CONTEXT));
  });

  it("counts an emoji as two code units", () => {
    const text = "Pizza 🍕 is great";
    expect(createAnchor(text, 6, 8).quote).toBe("🍕");
    expect(createAnchor(text, 9, 11).quote).toBe("is");
  });

  it("never cuts the context through a surrogate pair", () => {
    // The 32-unit cut would fall between the halves of each emoji, so it shrinks by one.
    const text = `a😀${"b".repeat(31)}Q${"c".repeat(31)}😀d`;
    const start = text.indexOf("Q");
    const anchor = createAnchor(text, start, start + 1);
    expect(anchor.prefix).toBe("b".repeat(31));
    expect(anchor.suffix).toBe("c".repeat(31));
  });

  it("keeps a whole emoji at the edge of the context", () => {
    const text = `${"b".repeat(30)}😀Q😀${"c".repeat(30)}`;
    const anchor = createAnchor(text, 32, 33);
    expect(anchor.prefix).toBe(`${"b".repeat(30)}😀`);
    expect(anchor.suffix).toBe(`😀${"c".repeat(30)}`);
  });

  it("throws a RangeError for offsets out of bounds, empty, inverted or not integers", () => {
    const text = "Hello world";
    expect(() => createAnchor(text, -1, 3)).toThrow(RangeError);
    expect(() => createAnchor(text, 0, 12)).toThrow(RangeError);
    expect(() => createAnchor(text, 3, 3)).toThrow(RangeError);
    expect(() => createAnchor(text, 5, 2)).toThrow(RangeError);
    expect(() => createAnchor(text, 1.5, 3)).toThrow(RangeError);
    expect(() => createAnchor(text, Number.NaN, 3)).toThrow(RangeError);
  });

  it("throws a RangeError for offsets inside a surrogate pair", () => {
    const text = "Pizza 🍕 is great";
    expect(() => createAnchor(text, 7, 10)).toThrow(RangeError);
    expect(() => createAnchor(text, 0, 7)).toThrow(RangeError);
  });
});

describe("validateSelection", () => {
  const text = "First paragraph.\n\nSecond paragraph.";

  it("accepts a matching selection and returns its anchor", () => {
    expect(validateSelection(text, 6, 15, "paragraph")).toEqual({
      ok: true,
      anchor: createAnchor(text, 6, 15),
    });
  });

  it("trims whitespace at the edges of the offsets and of the quote", () => {
    const result = validateSelection(text, 5, 18, " paragraph.\n\n");
    expect(result).toEqual({ ok: true, anchor: createAnchor(text, 6, 16) });
    // The quote and the offsets may disagree only in edge whitespace.
    expect(validateSelection(text, 5, 16, "paragraph.")).toMatchObject({ ok: true, anchor: { start: 6 } });
  });

  it("accepts a selection across paragraphs", () => {
    const result = validateSelection(text, 6, 24, "paragraph.\n\nSecond");
    expect(result).toMatchObject({ ok: true, anchor: { quote: "paragraph.\n\nSecond", start: 6, end: 24 } });
  });

  it("rejects a whitespace-only or empty selection as EMPTY", () => {
    expect(validateSelection(text, 16, 18, "\n\n")).toEqual({ ok: false, reason: "EMPTY" });
    expect(validateSelection("a \u00A0 b", 1, 4, " \u00A0 ")).toEqual({ ok: false, reason: "EMPTY" });
    expect(validateSelection(text, 4, 4, "")).toEqual({ ok: false, reason: "EMPTY" });
  });

  it("rejects offsets out of range", () => {
    const outOfRange = { ok: false, reason: "OUT_OF_RANGE" };
    expect(validateSelection(text, -1, 5, "First")).toEqual(outOfRange);
    expect(validateSelection(text, 30, text.length + 1, "paragraph.")).toEqual(outOfRange);
    expect(validateSelection(text, 5, 0, "First")).toEqual(outOfRange);
    expect(validateSelection(text, 0.5, 5, "First")).toEqual(outOfRange);
    expect(validateSelection(text, 0, Number.NaN, "First")).toEqual(outOfRange);
  });

  it("rejects a quote that is not the text at the offsets", () => {
    expect(validateSelection(text, 6, 15, "Paragraph")).toEqual({ ok: false, reason: "QUOTE_MISMATCH" });
    expect(validateSelection(text, 7, 16, "paragraph")).toEqual({ ok: false, reason: "QUOTE_MISMATCH" });
  });

  it("rejects a selection that splits an emoji", () => {
    const emoji = "Pizza 🍕 is great";
    expect(validateSelection(emoji, 7, 11, "\uDF55 is")).toEqual({ ok: false, reason: "SPLITS_CHARACTER" });
    expect(validateSelection(emoji, 0, 7, "Pizza \uD83C")).toEqual({ ok: false, reason: "SPLITS_CHARACTER" });
    expect(validateSelection(emoji, 6, 11, "🍕 is")).toMatchObject({ ok: true, anchor: { quote: "🍕 is" } });
  });

  it("accepts non-Latin scripts", () => {
    for (const [sample, quote] of [
      ["Президент заявил, что план сработает.", "план сработает"],
      ["قال الرئيس إن الخطة ستنجح.", "الخطة ستنجح"],
      ["总统表示该计划将会成功。", "该计划"],
    ] as const) {
      const start = sample.indexOf(quote);
      expect(validateSelection(sample, start, start + quote.length, quote)).toMatchObject({
        ok: true,
        anchor: { quote, start },
      });
    }
  });
});

describe("resolveAnchor", () => {
  it("is exact when the stored offsets still hold the quote", () => {
    const text = "the plan, the plan, the plan";
    const anchor = anchorFor(text, "the plan", 1);
    expect(resolveAnchor(text, anchor)).toEqual({ status: "exact", start: 10, end: 18 });
  });

  it("re-anchors a quote whose text moved", () => {
    const original = "The minister said the budget would grow.";
    const anchor = anchorFor(original, "the budget would grow");
    const moved = `Update: ${original}`;
    expect(resolveAnchor(moved, anchor)).toEqual({ status: "reanchored", start: 26, end: 47 });
  });

  it("re-anchors to the occurrence whose context matches", () => {
    const original = "Alpha said the plan works. Beta said the plan fails. Gamma said the plan works.";
    const anchor = anchorFor(original, "the plan", 1);
    const moved = `Note. ${original}`;
    const result = resolveAnchor(moved, anchor);
    expect(result).toEqual({ status: "reanchored", start: anchor.start + 6, end: anchor.end + 6 });
  });

  it("orphans a quote whose occurrences tie on context, even if one is nearer", () => {
    const unit = `${"x".repeat(40)}the plan${"y".repeat(40)}`;
    const text = unit + unit;
    const anchor = { ...anchorFor(text, "the plan"), start: 3, end: 11 };
    expect(resolveAnchor(text, anchor)).toEqual({ status: "orphaned" });
  });

  it("orphans a repeated quote when no candidate matches any context", () => {
    const text = "First the plan. Then the plan again.";
    const anchor: TextAnchor = { quote: "the plan", prefix: "QQQ", suffix: "ZZZ", start: 0, end: 8 };
    expect(resolveAnchor(text, anchor)).toEqual({ status: "orphaned" });
  });

  it("accepts a unique quote without matching context", () => {
    const text = "Only once: the plan.";
    const anchor: TextAnchor = { quote: "the plan", prefix: "QQQ", suffix: "ZZZ", start: 0, end: 8 };
    expect(resolveAnchor(text, anchor)).toEqual({ status: "reanchored", start: 11, end: 19 });
  });

  it("orphans a quote that is gone, or empty", () => {
    const anchor = anchorFor("The budget would grow.", "budget");
    expect(resolveAnchor("Nothing to see here.", anchor)).toEqual({ status: "orphaned" });
    expect(resolveAnchor("abc", { quote: "", prefix: "", suffix: "", start: 0, end: 0 })).toEqual({
      status: "orphaned",
    });
  });

  it("re-anchors when the stored offsets are out of range", () => {
    const anchor: TextAnchor = { quote: "plan", prefix: "the ", suffix: ".", start: 900, end: 904 };
    expect(resolveAnchor("It is the plan.", anchor)).toEqual({ status: "reanchored", start: 10, end: 14 });
  });

  it("matches curly quotes against straight ones, keeping offsets", () => {
    const straight = 'He said "we will win" and left.';
    const anchor = anchorFor(straight, '"we will win"');
    const curly = "Reported: He said \u201Cwe will win\u201D and left.";
    expect(resolveAnchor(curly, anchor)).toEqual({ status: "reanchored", start: 18, end: 31 });
    expect(curly.slice(18, 31)).toBe("\u201Cwe will win\u201D");

    const back = anchorFor(curly, "\u201Cwe will win\u201D");
    expect(resolveAnchor(straight, back)).toEqual({ status: "reanchored", start: 8, end: 21 });
  });

  it("uses loose context to choose between straight and curly occurrences", () => {
    const stored = "She wrote \u201Cno\u201D twice. Then he wrote \u201Cno\u201D once.";
    const anchor = anchorFor(stored, "\u201Cno\u201D", 1);
    const text = `>> She wrote "no" twice. Then he wrote "no" once.`;
    expect(resolveAnchor(text, anchor)).toEqual({ status: "reanchored", start: 39, end: 43 });
  });

  it("matches em and en dashes, the minus sign and non-breaking spaces loosely", () => {
    const anchor = anchorFor(
      "Growth of 3\u00A0% in 2020\u20142024 was reported.",
      "3\u00A0% in 2020\u20142024",
    );
    const text = "Overall: growth of 3 % in 2020-2024 was reported.";
    expect(resolveAnchor(text, anchor)).toEqual({ status: "reanchored", start: 19, end: 35 });
    const minus = anchorFor("Temperature \u22125 degrees", "\u22125 degrees");
    expect(resolveAnchor("The temperature -5 degrees", minus)).toMatchObject({
      status: "reanchored",
      start: 16,
    });
  });

  it("re-anchors around emoji, with offsets in code units", () => {
    const original = "Fans 🎉 cheered: the team won the final.";
    const anchor = anchorFor(original, "the team won");
    const moved = `🔥🔥 ${original}`;
    expect(resolveAnchor(moved, anchor)).toEqual({
      status: "reanchored",
      start: anchor.start + 5,
      end: anchor.end + 5,
    });
    expect(resolveAnchor(moved, anchorFor(original, "🎉"))).toMatchObject({
      status: "reanchored",
      start: 10,
    });
  });

  it("re-anchors in Cyrillic, Arabic and CJK text", () => {
    for (const [sample, quote] of [
      ["Президент заявил, что план сработает. Оппозиция считает, что план провалится.", "план"],
      ["قال الرئيس إن الخطة ستنجح. وقالت المعارضة إن الخطة ستفشل.", "الخطة"],
      ["总统表示该计划将会成功。反对派认为该计划将会失败。", "该计划"],
    ] as const) {
      const anchor = anchorFor(sample, quote, 1);
      const moved = `— ${sample}`;
      expect(resolveAnchor(moved, anchor)).toEqual({
        status: "reanchored",
        start: anchor.start + 2,
        end: anchor.end + 2,
      });
    }
  });

  it("re-anchors a quote across paragraphs", () => {
    const original = "First paragraph ends here.\n\nSecond paragraph starts here.";
    const anchor = anchorFor(original, "here.\n\nSecond");
    const moved = `Title\n\n${original}`;
    expect(resolveAnchor(moved, anchor)).toEqual({ status: "reanchored", start: 28, end: 41 });
  });
});
