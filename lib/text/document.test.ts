import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { buildDocument, countWords, isConsistentDocument, normalizeInput } from "./document";
import { findDateLine, guessTitle } from "./metadata";
import { parseMarkdown, parsePlainText } from "./parse-plain";

const seed = (name: string) =>
  normalizeInput(
    fs.readFileSync(
      path.join(
        import.meta.dirname,
        "../../scripts/seed/articles",
        fs
          .readdirSync(path.join(import.meta.dirname, "../../scripts/seed/articles"))
          .find((f) => f.startsWith(name)) ?? "",
      ),
      "utf8",
    ),
  );
const docOf = (text: string) => buildDocument(parsePlainText(text));
const blockText = (doc: ReturnType<typeof docOf>, index: number) => {
  const block = doc.blocks[index];
  return block ? doc.text.slice(block.start, block.end) : undefined;
};

describe("normalizeInput", () => {
  it("removes the BOM, zero-width spaces and control characters, and unifies line ends", () => {
    expect(normalizeInput("\uFEFFa\r\nb\rc\u200B\u0007d  \n")).toBe("a\nb\ncd\n");
  });

  it("composes accents so that the same words hash the same", () => {
    expect(normalizeInput("Türkiye")).toBe(normalizeInput("Türkiye"));
  });
});

describe("buildDocument", () => {
  it("joins blocks with a blank line and records exact offsets", () => {
    const doc = buildDocument([
      { type: "heading", level: 2, text: "Title" },
      { type: "paragraph", text: "  First   line\nwrapped " },
      {
        type: "table",
        rows: [
          ["a", "b"],
          ["c", ""],
        ],
      },
    ]);
    expect(doc.text).toBe("Title\n\nFirst line wrapped\n\na | b\nc | ");
    expect(blockText(doc, 1)).toBe("First line wrapped");
    const table = doc.blocks[2];
    expect(
      table?.type === "table" && table.rows[1]?.map((cell) => doc.text.slice(cell.start, cell.end)),
    ).toEqual(["c", ""]);
    expect(isConsistentDocument(doc)).toBe(true);
  });

  it("is deterministic: the same input gives the same text", () => {
    expect(docOf(seed("003")).text).toBe(docOf(seed("003")).text);
  });
});

describe("plain text of the demo articles", () => {
  it("keeps one paragraph per line and finds the pipe table (000)", () => {
    const doc = docOf(seed("000"));
    expect(doc.blocks[0]?.type).toBe("paragraph");
    const table = doc.blocks[1];
    expect(table?.type).toBe("table");
    expect(blockText(doc, 1)).toContain("1) The Upcoming Diplomatic Meeting");
    expect(
      doc.blocks.some(
        (block) =>
          block.type === "heading" &&
          doc.text.slice(block.start, block.end) === "The Upcoming Diplomatic Meeting",
      ),
    ).toBe(true);
  });

  it("reads the date line and the title after it (001, 004)", () => {
    const first = docOf(seed("001"));
    const date001 = findDateLine(first);
    expect(date001?.date.toISOString()).toBe("2025-02-27T09:02:00.000Z");
    expect(guessTitle(first)).toBe(
      "The Complex Dance of Diplomacy: US-Russia Relations in the Shadow of the Ukraine Conflict",
    );

    const fourth = docOf(seed("004"));
    const date004 = findDateLine(fourth);
    expect(date004?.date.toISOString()).toBe("2025-04-10T00:00:00.000Z");
    expect(date004?.hasTime).toBe(false);
    expect(guessTitle(fourth)).toBe(
      "Behind closed doors: What Russia and the U.S. really talked about in Istanbul",
    );
  });

  it("uses a title line when there is one and a first sentence when there is not (002, 003)", () => {
    expect(guessTitle(docOf(seed("002")))).toBe(
      "Summary of Recent Diplomatic Talks Between Russia and the United States",
    );
    expect(findDateLine(docOf(seed("002")))).toBeNull();
    const title003 = guessTitle(docOf(seed("003")));
    expect(title003.startsWith("In a significant step toward easing years of diplomatic friction")).toBe(
      true,
    );
    expect(title003.length).toBeLessThanOrEqual(121);
  });

  it("finds list items and keeps curly quotes and em dashes as they are", () => {
    const doc = docOf(seed("001"));
    expect(doc.blocks.filter((block) => block.type === "list-item").length).toBeGreaterThan(5);
    expect(doc.text).toContain("’");
    expect(docOf(seed("004")).text).toContain("—");
  });
});

describe("hard-wrapped text and Markdown", () => {
  it("joins the lines of a wrapped paragraph", () => {
    const doc = docOf("First paragraph that was\nwrapped at a fixed width.\n\nSecond one.");
    expect(doc.text).toBe("First paragraph that was wrapped at a fixed width.\n\nSecond one.");
  });

  it("reads Markdown headings, quotes, lists and tables, and drops inline marks", () => {
    const doc = buildDocument(
      parseMarkdown(
        "# Talks in Istanbul\n\nThe **embassies** were the [topic](https://x.example).\n\n> A quote\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |",
      ),
    );
    expect(doc.text).toBe(
      "Talks in Istanbul\n\nThe embassies were the topic.\n\nA quote\n\none\n\ntwo\n\na | b\n1 | 2",
    );
    expect(doc.blocks.map((block) => block.type)).toEqual([
      "heading",
      "paragraph",
      "quote",
      "list-item",
      "list-item",
      "table",
    ]);
  });
});

describe("countWords", () => {
  it("counts words in any script, with inner apostrophes and hyphens", () => {
    expect(countWords("U.S.-Russia talks aren’t over — 27 February")).toBe(7);
    expect(countWords("Переговоры в Стамбуле 🇹🇷 продолжаются")).toBe(4);
  });
});
