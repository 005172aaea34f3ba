import { describe, expect, it } from "vitest";

import { toStorage } from "@/lib/mentions";

import { insertMention, matchMembers, MENTION_SUGGESTION_LIMIT } from "./mention-suggestions";

const people = [
  { userId: "1", name: "Sergey Markov" },
  { userId: "2", name: "Ann Lee" },
  { userId: "3", name: "Zoë Annan" },
  { userId: "4", name: "Joanna Brook" },
  { userId: "5", name: "Mary-Ann Stone" },
];

const names = (list: readonly { name: string }[]) => list.map((person) => person.name);

describe("matchMembers", () => {
  it("lists everyone alphabetically for an empty query", () => {
    expect(names(matchMembers(people, ""))).toEqual([
      "Ann Lee",
      "Joanna Brook",
      "Mary-Ann Stone",
      "Sergey Markov",
      "Zoë Annan",
    ]);
  });

  it("puts name starts first, then word starts, then anything containing the query", () => {
    expect(names(matchMembers(people, "ann"))).toEqual([
      "Ann Lee",
      "Mary-Ann Stone",
      "Zoë Annan",
      "Joanna Brook",
    ]);
  });

  it("ignores case and accents, and matches across a space", () => {
    expect(names(matchMembers(people, "ZOE"))).toEqual(["Zoë Annan"]);
    expect(names(matchMembers(people, "ann l"))).toEqual(["Ann Lee"]);
  });

  it("returns nothing when no one matches", () => {
    expect(matchMembers(people, "xyz")).toEqual([]);
  });

  it("lists at most eight people", () => {
    const many = Array.from({ length: 20 }, (_, index) => ({
      name: `Analyst ${String(index).padStart(2, "0")}`,
    }));
    const found = matchMembers(many, "an");
    expect(found).toHaveLength(MENTION_SUGGESTION_LIMIT);
    expect(found[0]?.name).toBe("Analyst 00");
  });
});

describe("insertMention", () => {
  it("replaces the typed @query with the full name, reusing the space that follows", () => {
    const text = "Ask @ser about this";
    const result = insertMention(text, 4, 8, "Sergey Markov");
    expect(result.text).toBe("Ask @Sergey Markov about this");
    expect(result.caret).toBe("Ask @Sergey Markov ".length);
  });

  it("adds a space at the end of the text", () => {
    const result = insertMention("Thanks @an", 7, 10, "Ann Lee");
    expect(result).toEqual({ text: "Thanks @Ann Lee ", caret: 16 });
  });

  it("round-trips into a storage token with the picked person", () => {
    const { text } = insertMention("@jo", 0, 3, "Joanna Brook");
    const userId = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b";
    expect(toStorage(text, [{ userId, name: "Joanna Brook" }])).toBe(`@[Joanna Brook](user:${userId}) `);
  });
});
