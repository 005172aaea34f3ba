import { describe, expect, it } from "vitest";

import { parseSearchQuery } from "./search-query";

const word = (text: string, isNegated = false) => ({ kind: "word", text, isNegated });
const phrase = (text: string, isNegated = false) => ({ kind: "phrase", text, isNegated });

describe("parseSearchQuery", () => {
  it("reads words, phrases, exclusions and or as a web search does", () => {
    expect(parseSearchQuery(`embassy "was not up for discussion" -ukraine`)).toEqual([
      [word("embassy")],
      [phrase("was not up for discussion")],
      [word("ukraine", true)],
    ]);
    expect(parseSearchQuery("sanctions ceasefire OR banking")).toEqual([
      [word("sanctions")],
      [word("ceasefire"), word("banking")],
    ]);
    expect(parseSearchQuery(`-"closed doors" a or b or c`)).toEqual([
      [phrase("closed doors", true)],
      [word("a"), word("b"), word("c")],
    ]);
  });

  it("takes curly quotes and typographic dashes as the plain ones", () => {
    expect(parseSearchQuery("“closed doors” –kremlin")).toEqual([
      [phrase("closed doors")],
      [word("kremlin", true)],
    ]);
    expect(parseSearchQuery("«closed doors»")).toEqual([[phrase("closed doors")]]);
  });

  it("keeps a dash inside a word, a lone dash and a stray or as words", () => {
    expect(parseSearchQuery("25-30 pro-Kremlin")).toEqual([[word("25-30")], [word("pro-Kremlin")]]);
    expect(parseSearchQuery("a - b")).toEqual([[word("a")], [word("-")], [word("b")]]);
    expect(parseSearchQuery("or talks or")).toEqual([[word("or")], [word("talks")], [word("or")]]);
  });

  it("runs an unclosed quote to the end, drops empty quotes, and reads nothing from blanks", () => {
    expect(parseSearchQuery(`talks "in istanbul`)).toEqual([[word("talks")], [phrase("in istanbul")]]);
    expect(parseSearchQuery(`"" "  " talks`)).toEqual([[word("talks")]]);
    expect(parseSearchQuery("   \n ")).toEqual([]);
  });

  it("reads at most 32 terms of a pasted paragraph", () => {
    expect(parseSearchQuery("word ".repeat(500))).toHaveLength(32);
  });
});
