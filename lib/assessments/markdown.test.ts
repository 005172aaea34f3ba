import { describe, expect, it } from "vitest";

import { citedClaimIds } from "./doc-text";
import { assessmentToMarkdown } from "./markdown";
import type { DocJson } from "./types";

const CLAIM = "11111111-1111-4111-8111-111111111111";

describe("assessmentToMarkdown", () => {
  it("keeps code that contains a fence inside a longer fence, and links only to the web", () => {
    const doc: DocJson = {
      type: "doc",
      content: [
        { type: "codeBlock", content: [{ type: "text", text: "```\n<img src=x onerror=alert(1)>" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "bad", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            { type: "text", text: " <b>not html</b>" },
          ],
        },
      ],
    };
    const markdown = assessmentToMarkdown({ title: "T", doc, notes: [] });
    expect(markdown).toContain("````\n```\n<img src=x onerror=alert(1)>\n````");
    expect(markdown).not.toContain("javascript:");
    expect(markdown).toContain("\\<b\\>not html\\</b\\>");
  });

  it("numbers notes by first citation and leaves out ids that are not claims", () => {
    const doc: DocJson = {
      type: "doc",
      content: [
        {
          type: "keyJudgment",
          attrs: { likelihood: "very likely", confidence: "high" },
          content: [
            { type: "text", text: "Talks resume." },
            { type: "citation", attrs: { claimId: CLAIM } },
            { type: "citation", attrs: { claimId: "not-a-claim" } },
          ],
        },
      ],
    };
    expect(citedClaimIds(doc)).toEqual([CLAIM]);
    const markdown = assessmentToMarkdown({
      title: "Outlook",
      doc,
      notes: [
        {
          claimId: CLAIM,
          statement: "Talks resumed.",
          quote: "talks resumed",
          code: "B2",
          articleTitle: "Wire story",
          outletName: "Wire",
          publishedAt: "2025-02-27T00:00:00.000Z",
        },
      ],
    });
    expect(markdown).toContain("**Key judgment** (very likely (80–95%); high confidence): Talks resume.[^1]");
    expect(markdown).toContain(
      "[^1]: Talks resumed. “talks resumed”. *Wire story*, Wire, 2025-02-27. Code B2.",
    );
  });
});
