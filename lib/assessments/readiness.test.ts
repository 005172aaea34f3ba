import { describe, expect, it } from "vitest";

import { describeReadiness, readinessOf } from "./readiness";
import { TEMPLATES } from "./templates";

describe("what is still open in a draft", () => {
  it("counts a fresh template's findings and placeholder sentences", () => {
    const readiness = readinessOf(TEMPLATES["key-judgments"].content());
    // Three empty judgments, each without likelihood, confidence and evidence.
    expect(readiness.findings).toHaveLength(9);
    expect(readiness.placeholders).toEqual([
      "First judgment.",
      "Second judgment.",
      "Third judgment.",
      "Cite the claims the judgments rest on.",
      "What we do not know",
      "What we assume",
    ]);
    expect(describeReadiness(readiness)).toBe(
      "9 open findings in Checks and 6 template sentences still in the text.",
    );
  });

  it("is clear once the text is the team's own", () => {
    const readiness = readinessOf({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Talks resumed in Istanbul." }] }],
    });
    expect(readiness).toEqual({ findings: [], placeholders: [] });
    expect(describeReadiness(readiness)).toBeNull();
  });
});
