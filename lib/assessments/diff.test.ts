import { describe, expect, it } from "vitest";

import { diffBlocks, diffStats } from "./diff";

describe("diffBlocks", () => {
  it("shows an edited block word by word, and blocks added and removed whole", () => {
    const before = ["# Outlook", "Talks will resume in March.", "Sanctions stay.", "Old closing line."];
    const after = ["# Outlook", "Talks will likely resume in April.", "Sanctions stay.", "New section."];
    const blocks = diffBlocks(before, after, 5);
    expect(blocks[0]).toEqual({ kind: "same", text: "# Outlook" });
    const edited = blocks[1];
    expect(edited?.kind).toBe("changed");
    if (edited?.kind !== "changed") throw new Error("not changed");
    expect(edited.parts.filter((part) => part.change === "added").map((part) => part.text.trim())).toEqual([
      "likely",
      "April",
    ]);
    expect(edited.parts.filter((part) => part.change === "removed").map((part) => part.text.trim())).toEqual([
      "March",
    ]);
    expect(diffStats(blocks)).toEqual({ added: 0, removed: 0, changed: 2 });
  });

  it("folds long unchanged stretches, keeping context around each change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.`);
    const after = [...before];
    after[10] = "Paragraph ten, rewritten entirely with other words.";
    const blocks = diffBlocks(before, after, 1);
    expect(blocks.map((block) => block.kind)).toEqual(["folded", "same", "changed", "same", "folded"]);
    expect(blocks[0]).toEqual({ kind: "folded", count: 9 });
    expect(blocks[4]).toEqual({ kind: "folded", count: 8 });
  });

  it("reports identical versions as all folded", () => {
    expect(diffBlocks(["a", "b"], ["a", "b"])).toEqual([{ kind: "folded", count: 2 }]);
  });

  it("lists blocks only in the newer version as added", () => {
    expect(diffBlocks(["a"], ["a", "b"], 0)).toEqual([
      { kind: "folded", count: 1 },
      { kind: "added", text: "b" },
    ]);
  });
});
