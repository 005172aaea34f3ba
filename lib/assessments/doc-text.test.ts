import { describe, expect, it } from "vitest";

import { docExcerpt } from "./doc-text";
import type { DocJson } from "./types";

const text = (value: string): DocJson => ({ type: "text", text: value });
const para = (...content: DocJson[]): DocJson => ({ type: "paragraph", content });
const heading = (value: string): DocJson => ({
  type: "heading",
  attrs: { level: 2 },
  content: [text(value)],
});
const cite: DocJson = { type: "citation", attrs: { claimId: "0b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f" } };

describe("a published version's excerpt", () => {
  it("reads the sentences, without headings running into them or citation placeholders", () => {
    const blocks = [
      heading("Summary"),
      para(text("Talks resumed in Istanbul"), cite, text(".")),
      heading("Outlook"),
      { type: "keyJudgment", content: [text("Staffing will recover this year.")] },
    ];
    expect(docExcerpt(blocks)).toBe("Talks resumed in Istanbul. Staffing will recover this year.");
  });

  it("stops at a word past the length, and skips empty blocks", () => {
    const long = para(text("word ".repeat(100)));
    const excerpt = docExcerpt([para(), long], 40);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(41);
    expect(excerpt).not.toContain("  ");
  });
});
