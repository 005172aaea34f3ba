import { describe, expect, it } from "vitest";

import { toStorage } from "@/lib/mentions";

import { parseMarkdown, plainTextOf, type MdBlock, type MdInline } from "./parse";

const ANN = "0b9f3c3e-1111-4222-8333-444455556666";

const text = (value: string): MdInline => ({ type: "text", text: value });
const paragraph = (...children: MdInline[]): MdBlock => ({ type: "paragraph", children });

/** The inlines of a body that is one paragraph. */
function inline(body: string): MdInline[] {
  const blocks = parseMarkdown(body);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.type !== "paragraph") throw new Error(`expected a paragraph, got ${block?.type}`);
  return block.children;
}

function hasLink(nodes: readonly MdInline[]): boolean {
  return nodes.some((node) => node.type === "link" || ("children" in node && hasLink(node.children)));
}

function inlineDepth(nodes: readonly MdInline[]): number {
  return Math.max(0, ...nodes.map((node) => ("children" in node ? 1 + inlineDepth(node.children) : 0)));
}

function blockDepth(blocks: readonly MdBlock[]): number {
  return Math.max(
    0,
    ...blocks.map((block) =>
      block.type === "quote"
        ? 1 + blockDepth(block.children)
        : block.type === "list"
          ? 1 + Math.max(0, ...block.items.map(blockDepth))
          : 0,
    ),
  );
}

describe("blocks", () => {
  it("separates paragraphs by blank lines and turns single newlines into breaks", () => {
    expect(parseMarkdown("one\ntwo  \n\n\nthree")).toEqual([
      paragraph(text("one"), { type: "break" }, text("two")),
      paragraph(text("three")),
    ]);
  });

  it("handles empty and CRLF input", () => {
    expect(parseMarkdown("")).toEqual([]);
    expect(parseMarkdown(" \n\t\n")).toEqual([]);
    expect(parseMarkdown("a\r\nb")).toEqual([paragraph(text("a"), { type: "break" }, text("b"))]);
  });

  it("parses bullet lists with - and *", () => {
    expect(parseMarkdown("- one\n* two")).toEqual([
      { type: "list", ordered: false, start: 1, items: [[paragraph(text("one"))], [paragraph(text("two"))]] },
    ]);
  });

  it("parses numbered lists and keeps their start", () => {
    expect(parseMarkdown("3. three\n4. four")).toEqual([
      {
        type: "list",
        ordered: true,
        start: 3,
        items: [[paragraph(text("three"))], [paragraph(text("four"))]],
      },
    ]);
  });

  it("nests lists by indentation and keeps items across blank lines", () => {
    expect(parseMarkdown("- a\n  - b\n\n- c\n\n  more c")).toEqual([
      {
        type: "list",
        ordered: false,
        start: 1,
        items: [
          [paragraph(text("a")), { type: "list", ordered: false, start: 1, items: [[paragraph(text("b"))]] }],
          [paragraph(text("c")), paragraph(text("more c"))],
        ],
      },
    ]);
  });

  it("continues an item with a lazy line and ends the list at a paragraph", () => {
    expect(parseMarkdown("- a\nstill a\n\nafter")).toEqual([
      {
        type: "list",
        ordered: false,
        start: 1,
        items: [[paragraph(text("a"), { type: "break" }, text("still a"))]],
      },
      paragraph(text("after")),
    ]);
  });

  it("lets a list interrupt a paragraph, but not a number other than 1", () => {
    expect(parseMarkdown("Todo:\n- a")[1]?.type).toBe("list");
    expect(parseMarkdown("Todo:\n1. a")[1]?.type).toBe("list");
    expect(parseMarkdown("The year was\n1984. A good one")).toHaveLength(1);
  });

  it("separates bullet and numbered lists", () => {
    expect(parseMarkdown("- a\n1. b").map((block) => block.type === "list" && block.ordered)).toEqual([
      false,
      true,
    ]);
  });

  it("parses block quotes, nested, with other blocks inside", () => {
    expect(parseMarkdown("> quoted\n> > deeper\n> - item\n\nreply")).toEqual([
      {
        type: "quote",
        children: [
          paragraph(text("quoted")),
          { type: "quote", children: [paragraph(text("deeper"))] },
          { type: "list", ordered: false, start: 1, items: [[paragraph(text("item"))]] },
        ],
      },
      paragraph(text("reply")),
    ]);
  });

  it("ends a quote at the first line without >", () => {
    expect(parseMarkdown("> quoted\nmy reply").map((block) => block.type)).toEqual(["quote", "paragraph"]);
  });

  it("keeps fenced code literal", () => {
    expect(parseMarkdown("```ts\nconst a = *b* <i>;\n\n[x](https://e.org)\n```\nafter")).toEqual([
      { type: "code", text: "const a = *b* <i>;\n\n[x](https://e.org)" },
      paragraph(text("after")),
    ]);
    expect(parseMarkdown("~~~\ncode\n~~~")).toEqual([{ type: "code", text: "code" }]);
  });

  it("runs an unclosed fence to the end", () => {
    expect(parseMarkdown("```\na\n\nb")).toEqual([{ type: "code", text: "a\n\nb" }]);
  });

  it("has no headings, thematic breaks or indented code", () => {
    expect(parseMarkdown("# Title")).toEqual([paragraph(text("# Title"))]);
    expect(parseMarkdown("---")).toEqual([paragraph(text("---"))]);
    expect(parseMarkdown("    indented")).toEqual([paragraph(text("indented"))]);
  });
});

describe("inlines", () => {
  it("parses bold, both italics and code", () => {
    expect(inline("**b** *i* _j_ `c`")).toEqual([
      { type: "strong", children: [text("b")] },
      text(" "),
      { type: "emphasis", children: [text("i")] },
      text(" "),
      { type: "emphasis", children: [text("j")] },
      text(" "),
      { type: "code", text: "c" },
    ]);
  });

  it("nests emphasis", () => {
    expect(inline("**bold *both* bold**")).toEqual([
      {
        type: "strong",
        children: [text("bold "), { type: "emphasis", children: [text("both")] }, text(" bold")],
      },
    ]);
    expect(inline("***x***")).toEqual([
      { type: "emphasis", children: [{ type: "strong", children: [text("x")] }] },
    ]);
    expect(inline("_a **b** c_")).toEqual([
      { type: "emphasis", children: [text("a "), { type: "strong", children: [text("b")] }, text(" c")] },
    ]);
  });

  it.each([
    "*open",
    "**open",
    "close*",
    "a * b * c",
    "`open",
    "[open",
    "close]",
    "_a*",
    "**a_",
    "[a]",
    "[a] (b)",
  ])("keeps unclosed or unmatched markers literal: %s", (body) => {
    expect(inline(body)).toEqual([text(body)]);
  });

  it("lets the leftover of an uneven pair stay literal", () => {
    expect(inline("**a*")).toEqual([text("*"), { type: "emphasis", children: [text("a")] }]);
    expect(inline("*a**")).toEqual([{ type: "emphasis", children: [text("a")] }, text("*")]);
  });

  it("leaves intraword underscores alone but not intraword stars", () => {
    expect(inline("snake_case_name")).toEqual([text("snake_case_name")]);
    expect(inline("un*frigging*believable")).toEqual([
      text("un"),
      { type: "emphasis", children: [text("frigging")] },
      text("believable"),
    ]);
  });

  it("keeps code spans literal, with longer fences around backticks", () => {
    expect(inline("`` a `b` **c** ``")).toEqual([{ type: "code", text: "a `b` **c**" }]);
    expect(inline("`<b>`")).toEqual([{ type: "code", text: "<b>" }]);
  });

  it("honours backslash escapes", () => {
    expect(inline("\\*not\\* \\[x\\](y) \\\\ \\a \\<b>")).toEqual([text("*not* [x](y) \\ \\a <b>")]);
  });

  it("makes links of http, https and mailto targets", () => {
    expect(inline("[site *x*](https://example.org/a_(b)) [mail](mailto:a@b.org)")).toEqual([
      {
        type: "link",
        href: "https://example.org/a_(b)",
        children: [text("site "), { type: "emphasis", children: [text("x")] }],
      },
      text(" "),
      { type: "link", href: "mailto:a@b.org", children: [text("mail")] },
    ]);
    expect(inline("[](https://e.org)")).toEqual([
      { type: "link", href: "https://e.org/", children: [text("https://e.org")] },
    ]);
  });

  it("links bare URLs without trailing punctuation", () => {
    expect(inline("See https://e.org/x_(y). Or (http://e.org/a), mailto:a@b.org!")).toEqual([
      text("See "),
      { type: "link", href: "https://e.org/x_(y)", children: [text("https://e.org/x_(y)")] },
      text(". Or ("),
      { type: "link", href: "http://e.org/a", children: [text("http://e.org/a")] },
      text("), "),
      { type: "link", href: "mailto:a@b.org", children: [text("mailto:a@b.org")] },
      text("!"),
    ]);
    expect(inline("**https://e.org**")).toEqual([
      {
        type: "strong",
        children: [{ type: "link", href: "https://e.org/", children: [text("https://e.org")] }],
      },
    ]);
  });

  it("does not nest links", () => {
    const nodes = inline("[see https://a.org](https://b.org)");
    expect(nodes).toEqual([{ type: "link", href: "https://b.org/", children: [text("see https://a.org")] }]);
  });

  it("renders mention tokens as mentions, also in emphasis and links", () => {
    const body = toStorage("Hi **@Ann**, [ask @Ann](https://e.org)", [{ userId: ANN, name: "Ann" }]);
    const mention: MdInline = { type: "mention", userId: ANN, name: "Ann" };
    expect(inline(body)).toEqual([
      text("Hi "),
      { type: "strong", children: [mention] },
      text(", "),
      { type: "link", href: "https://e.org/", children: [text("ask "), mention] },
    ]);
  });

  it("shows mentions in code as @Name", () => {
    const body = toStorage("`@Ann`\n\n```\n@Ann\n```", [{ userId: ANN, name: "Ann" }]);
    expect(parseMarkdown(body)).toEqual([
      paragraph({ type: "code", text: "@Ann" }),
      { type: "code", text: "@Ann" },
    ]);
  });

  it("shows a typed token exactly as typed, never as a mention", () => {
    const forged = `@[Ann](user:${ANN})`;
    expect(inline(toStorage(forged, []))).toEqual([text(forged)]);
    expect(inline(toStorage(`\`${forged}\``, []))).toEqual([{ type: "code", text: forged }]);
    expect(parseMarkdown(toStorage(`\`\`\`\n${forged}\n\`\`\``, []))).toEqual([
      { type: "code", text: forged },
    ]);
  });

  it("makes no mention of slot characters a link's text decodes to, and keeps an empty link as typed", () => {
    const body = `${toStorage("@Ann", [{ userId: ANN, name: "Ann" }])} https://x.org/%EE%80%800%EE%80%81`;
    const nodes = inline(body);
    expect(nodes.filter((node) => node.type === "mention")).toHaveLength(1);
    expect(JSON.stringify(nodes)).not.toContain("\uE000");
    expect(plainTextOf("[label]() after")).toBe("[label]() after");
  });

  it.each<[string, MdInline[]]>([
    ["@[x]", [text("@[x]")]],
    ["@\\[x]", [text("@[x]")]],
    ["\\@[x]", [text("@[x]")]],
    ["\\@\\[x]", [text("@[x]")]],
    ["@\\\\[x]", [text("@\\[x]")]],
    // A bare URL runs to the next space, as on GitHub (linkify-it): the typed backslash is part of it,
    // and the one storage added is not.
    [
      "https://e.org/@\\[x]",
      [{ type: "link", href: "https://e.org/@%5C%5Bx%5D", children: [text("https://e.org/@\\[x]")] }],
    ],
    ["a@[x](https://e.org)", [text("a@"), { type: "link", href: "https://e.org/", children: [text("x")] }]],
  ])("reads typed %s as Markdown would, despite the storage escape", (typed, expected) => {
    expect(inline(toStorage(typed, []))).toEqual(expected);
  });
});

describe("no HTML, no unsafe links", () => {
  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
  ])("keeps %s as literal text", (body) => {
    expect(inline(body)).toEqual([text(body)]);
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JavaScript:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](java\\script:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](vbscript:msgbox(1))",
    "[x](/relative/path)",
    "[x](//evil.example)",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
  ])("makes no link of %s", (body) => {
    const nodes = inline(body);
    expect(hasLink(nodes)).toBe(false);
    expect(plainTextOf(body)).toBe(body);
  });
});

describe("pathological input", () => {
  const inputs: [string, string][] = [
    ["*", "*".repeat(10_000)],
    ["_", "_".repeat(10_000)],
    ["[", "[".repeat(10_000)],
    ["]", "]".repeat(10_000)],
    ["`", "`".repeat(10_000)],
    [">", ">".repeat(10_000)],
    ["\\", "\\".repeat(10_000)],
    ["*a", "*a".repeat(5_000)],
    ["a**", "a**".repeat(3_333)],
    ["[](", "[](".repeat(3_333)],
    ["[a](", "[a](".repeat(2_500)],
    ["varying backticks", Array.from({ length: 140 }, (_, n) => "`".repeat(n + 1) + "x").join("")],
    ["- ", "- ".repeat(5_000)],
    ["1. ", "1. ".repeat(3_333)],
    ["> lines", "> x\n".repeat(2_500)],
    ["urls", "https://%".repeat(1_111)],
    ["mention-like", `@[${"a".repeat(9_000)}`],
    ["spaces then text", `${" ".repeat(9_000)}x\ny`],
  ];

  it.each(inputs)("terminates quickly on %s", (_label, body) => {
    const started = performance.now();
    const blocks = parseMarkdown(body);
    plainTextOf(body);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it("keeps all of a long run of markers as text", () => {
    expect(inline("*".repeat(10_000))).toEqual([text("*".repeat(10_000))]);
    expect(inline("[".repeat(10_000))).toEqual([text("[".repeat(10_000))]);
  });

  it("keeps the words under markers nested too deep, as text", () => {
    const blocks = parseMarkdown(`${">".repeat(12)} deep words`);
    expect(blockDepth(blocks)).toBe(8);
    expect(plainTextOf(`${">".repeat(12)} deep words`)).toContain("deep words");
    expect(plainTextOf(`${"- ".repeat(12)}deep item`)).toContain("deep item");
  });

  it("caps nesting so the tree can be rendered", () => {
    // Each `*a` opens and each `a*` closes, so this nests 1,600 deep.
    const deepInline = `${"*a ".repeat(1_600)}x${" a*".repeat(1_600)}`;
    expect(inlineDepth(inline(deepInline))).toBe(12);
    expect(plainTextOf(deepInline)).toBe(deepInline.replace(/\*/g, ""));
    expect(blockDepth(parseMarkdown(">".repeat(10_000)))).toBeLessThanOrEqual(8);
    expect(blockDepth(parseMarkdown("- ".repeat(5_000)))).toBeLessThanOrEqual(8);
  });
});

describe("plainTextOf", () => {
  it("strips markers and shows mentions as @Name", () => {
    const body = toStorage("**Hi** @Ann, see [the *report*](https://e.org) and `x`", [
      { userId: ANN, name: "Ann" },
    ]);
    expect(plainTextOf(body)).toBe("Hi @Ann, see the report and x");
  });

  it("keeps lines, list markers and quote markers", () => {
    expect(plainTextOf("> quoted\n\n- a\n- b\n\n2. two\n3. three\n\nend\nline")).toBe(
      "> quoted\n- a\n- b\n2. two\n3. three\nend\nline",
    );
  });
});
