import { describe, expect, it } from "vitest";

import { assessmentSchema } from "@/lib/assessments/extensions";

import { findQuote } from "./comment-highlights";

const schema = assessmentSchema();
const doc = schema.nodeFromJSON({
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Outlook" }] },
    {
      type: "keyJudgment",
      attrs: { likelihood: "likely", confidence: "moderate" },
      content: [
        { type: "text", text: "Staffing " },
        { type: "citation", attrs: { claimId: "00000000-0000-4000-8000-000000000000" } },
        { type: "text", text: "will  recover ", marks: [{ type: "bold" }] },
        { type: "text", text: "this year." },
      ],
    },
  ],
});

describe("findQuote", () => {
  it("finds quoted words across marks and past a citation chip, with spaces collapsed", () => {
    const range = findQuote(doc, "will recover this year");
    expect(range).not.toBeNull();
    if (!range) return;
    expect(doc.textBetween(range.from, range.to)).toBe("will  recover this year");
  });

  it("finds nothing for words that are not in the text", () => {
    expect(findQuote(doc, "will not recover")).toBeNull();
  });
});
