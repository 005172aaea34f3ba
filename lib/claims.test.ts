import { describe, expect, it } from "vitest";

import { CLAIM_STATUS_INFO, contradictionMark } from "./claims";

describe("the contradiction mark", () => {
  it("counts the contradicting claims and never reads as the status", () => {
    expect(contradictionMark(1)).toBe("1 contradicting claim");
    expect(contradictionMark(3)).toBe("3 contradicting claims");
    expect(contradictionMark(1200)).toBe("1,200 contradicting claims");
    for (const count of [1, 2])
      expect(contradictionMark(count)).not.toContain(CLAIM_STATUS_INFO.contradicted.label);
  });
});
