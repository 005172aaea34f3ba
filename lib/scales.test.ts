import { describe, expect, it } from "vitest";

import { CREDIBILITY, LIKELIHOODS, RELIABILITY, reliabilityConsensus } from "./scales";

describe("reliabilityConsensus", () => {
  it("is empty with no ratings", () => {
    expect(reliabilityConsensus([])).toEqual({ grade: null, spread: 0, isDisputed: false, count: 0 });
  });

  it("takes the median, and the cautious middle grade for an even count", () => {
    expect(reliabilityConsensus(["B", "C", "C"]).grade).toBe("C");
    expect(reliabilityConsensus(["B", "C"]).grade).toBe("C");
    expect(reliabilityConsensus(["A", "B", "D", "E"]).grade).toBe("D");
  });

  it("marks analysts two or more grades apart as disputed", () => {
    expect(reliabilityConsensus(["B", "C"])).toMatchObject({ spread: 1, isDisputed: false });
    expect(reliabilityConsensus(["B", "D"])).toMatchObject({ spread: 2, isDisputed: true });
    expect(reliabilityConsensus(["A", "E", "C"])).toMatchObject({ grade: "C", spread: 4, isDisputed: true });
  });

  it("keeps 'cannot be judged' out of the median unless everyone chose it", () => {
    expect(reliabilityConsensus(["B", "F", "F"])).toMatchObject({ grade: "B", count: 3, isDisputed: false });
    expect(reliabilityConsensus(["F", "F"])).toMatchObject({ grade: "F", count: 2 });
  });
});

describe("scales as data", () => {
  it("define every grade and level", () => {
    expect(Object.keys(RELIABILITY)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(Object.keys(CREDIBILITY)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(LIKELIHOODS.map((l) => l.term)).toContain("roughly even chance");
  });
});
