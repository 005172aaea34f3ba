import { describe, expect, it } from "vitest";

import { untold } from "./flag-re-reviews";

const flag = (statement: string, ...changes: string[]) => ({ claimId: statement, statement, changes });

describe("re-review notices tell each change once", () => {
  it("leaves out what an earlier notice named for the same claim", () => {
    const told = ["Version 1: “A”: credibility went from 2 to 5 · “B”: the claim was deleted"];
    expect(
      untold([flag("A", "credibility went from 2 to 5", "another claim now contradicts it")], told),
    ).toEqual([flag("A", "another claim now contradicts it")]);
    expect(untold([flag("B", "the claim was deleted")], told)).toEqual([]);
    // The same words about another claim are news.
    expect(untold([flag("C", "the claim was deleted")], told)).toEqual([flag("C", "the claim was deleted")]);
  });

  it("reads every change of a claim's segment, and a worse change again as new", () => {
    const told = ["Version 2: “A”: credibility went from 2 to 4; another claim now contradicts it"];
    expect(
      untold([flag("A", "credibility went from 2 to 4", "another claim now contradicts it")], told),
    ).toEqual([]);
    expect(untold([flag("A", "credibility went from 2 to 5")], told)).toEqual([
      flag("A", "credibility went from 2 to 5"),
    ]);
  });
});
