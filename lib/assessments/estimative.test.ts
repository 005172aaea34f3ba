import { describe, expect, it } from "vitest";

import { checkEstimativeLanguage, scaleTermsIn } from "./estimative";
import type { DocJson } from "./types";

const judgment = (
  text: string,
  attrs: { likelihood?: string | null; confidence?: string | null } = {},
  cite = true,
): DocJson => ({
  type: "keyJudgment",
  attrs: { likelihood: attrs.likelihood ?? null, confidence: attrs.confidence ?? null },
  content: [{ type: "text", text }, ...(cite ? [{ type: "citation", attrs: { claimId: "c1" } }] : [])],
});
const doc = (...nodes: DocJson[]): DocJson => ({ type: "doc", content: nodes });
const kinds = (value: DocJson) => checkEstimativeLanguage(value).map((finding) => finding.kind);

describe("checkEstimativeLanguage", () => {
  it("passes a judgment with likelihood, confidence, evidence and plain words", () => {
    expect(
      kinds(
        doc(
          judgment("Embassy staffing is likely to grow this year.", {
            likelihood: "likely",
            confidence: "moderate",
          }),
        ),
      ),
    ).toEqual([]);
  });

  it("flags a missing likelihood, confidence and evidence", () => {
    expect(kinds(doc(judgment("Talks will resume.", {}, false)))).toEqual([
      "missing-likelihood",
      "missing-confidence",
      "no-evidence",
    ]);
  });

  it("flags confidence written into the sentence", () => {
    const findings = checkEstimativeLanguage(
      doc(
        judgment("We assess with high confidence that it is likely.", {
          likelihood: "likely",
          confidence: "high",
        }),
      ),
    );
    expect(findings.map((finding) => finding.kind)).toEqual(["merged-confidence"]);
    expect(findings[0]?.message).toMatch(/confidence field/);
  });

  it("flags hedges and terms from outside the scale, suggesting the scale's term", () => {
    const findings = checkEstimativeLanguage(
      doc(
        judgment("Sanctions may ease; relief is highly likely and probably partial.", {
          likelihood: "very likely",
          confidence: "low",
        }),
      ),
    );
    expect(findings.map((finding) => finding.kind)).toEqual([
      "vague-word",
      "off-scale-term",
      "off-scale-term",
    ]);
    expect(findings[1]?.message).toBe("“highly likely” is not on the scale: use “very likely”.");
  });

  it("flags a sentence whose term disagrees with the chosen likelihood, reading the longest term", () => {
    expect(
      kinds(
        doc(judgment("A deal is very unlikely before June.", { likelihood: "unlikely", confidence: "high" })),
      ),
    ).toEqual(["mismatched-term"]);
    expect(
      kinds(
        doc(
          judgment("A deal is very unlikely before June.", {
            likelihood: "very unlikely",
            confidence: "high",
          }),
        ),
      ),
    ).toEqual([]);
  });

  it("numbers the judgments in document order and ignores other blocks", () => {
    const findings = checkEstimativeLanguage(
      doc(
        {
          type: "paragraph",
          content: [{ type: "text", text: "It may rain; this paragraph is not a judgment." }],
        },
        judgment("First.", { likelihood: "likely", confidence: "high" }),
        judgment("Second might slip.", { likelihood: "unlikely", confidence: "low" }),
      ),
    );
    expect(findings.map((finding) => [finding.judgment, finding.kind])).toEqual([[2, "vague-word"]]);
  });
});

describe("scaleTermsIn", () => {
  it("reads each term once, longest first", () => {
    expect(scaleTermsIn("Almost certain, not just likely; an unlikely reversal.")).toEqual([
      "almost certain",
      "unlikely",
      "likely",
    ]);
    expect(scaleTermsIn("likelihood is not a term")).toEqual([]);
  });
});
