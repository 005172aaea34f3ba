import fs from "node:fs";
import path from "node:path";

import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { isConsistentDocument } from "@/lib/text/document";
import { AppError } from "@/server/errors";

import { cleanTitle } from "./html";
import { extractFile, extractHtmlPage, extractPastedText, hashText } from "./index";

const encode = (value: string) => new TextEncoder().encode(value);

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === "function" ? promise() : promise);
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const ARTICLE_HTML = `<!doctype html><html lang="en-GB"><head>
<title>Behind closed doors | News.Az</title>
<meta property="og:site_name" content="News.Az">
<meta property="og:title" content="Behind closed doors (og)">
<link rel="canonical" href="https://news.az/news/behind-closed-doors?utm_source=tw&amp;id=7#top">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Behind closed doors: what Russia and the U.S. talked about","datePublished":"2025-04-10T08:30:00+04:00","author":[{"@type":"Person","name":"Leyla Aliyeva"}],"publisher":{"@type":"Organization","name":"News.Az"}}]}</script>
<style>body { color: red }</style>
</head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article>
<h1>Behind closed doors: what Russia and the U.S. talked about</h1>
<p>Representatives from Russia and the United States are meeting today in Istanbul, Türkiye, to discuss the normalization of operations at their respective diplomatic missions.</p>
<h2>The agenda</h2>
<p onclick="alert('owned')" onmouseover="steal()">Kremlin spokesperson Dmitry Peskov did not disclose the agenda of the talks, while the State Department stressed their technical nature and limited scope.</p>
<script>document.write('injected text')</script>
<iframe src="https://evil.example/frame">frame text</iframe>
<table><tr><th>Side</th><th>Lead</th></tr><tr><td>United States</td><td>Sonata Coulter</td></tr><tr><td>Russia</td><td>Aleksandr Darchiyev</td></tr></table>
<p>The talks follow a first round held on 27 February, which both sides described as constructive and businesslike.</p>
</article>
<footer>Copyright News.Az</footer>
</body></html>`;

describe("HTML extraction", () => {
  it("finds the metadata in JSON-LD, meta tags and the canonical link", () => {
    const { suggested } = extractHtmlPage(ARTICLE_HTML);
    expect(suggested).toMatchObject({
      title: "Behind closed doors: what Russia and the U.S. talked about",
      outletName: "News.Az",
      author: "Leyla Aliyeva",
      publishedAt: "2025-04-10T04:30:00.000Z",
      canonicalUrl: "https://news.az/news/behind-closed-doors?id=7",
      language: "en",
    });
  });

  it("keeps the article's text, headings and table, and nothing executable", () => {
    const { doc } = extractHtmlPage(ARTICLE_HTML);
    expect(doc.text).toContain("Representatives from Russia and the United States");
    expect(doc.text).toContain("United States | Sonata Coulter");
    expect(doc.blocks.map((block) => block.type)).toEqual([
      "paragraph",
      "heading",
      "paragraph",
      "table",
      "paragraph",
    ]);
    for (const banned of ["injected text", "frame text", "alert", "steal", "color: red", "<", "Home"]) {
      expect(doc.text).not.toContain(banned);
    }
  });

  it("still works on a page with no metadata at all", () => {
    const bare = `<html><body><div><p>${"Diplomats met again in Istanbul on Thursday to discuss the embassies. ".repeat(6)}</p><p>Both delegations called the talks constructive and agreed to meet again within weeks.</p></div></body></html>`;
    const { suggested, doc } = extractHtmlPage(bare, { url: "https://www.example-news.com/a/1?fbclid=abc" });
    expect(doc.blocks.length).toBeGreaterThanOrEqual(2);
    expect(suggested.title.startsWith("Diplomats met again in Istanbul")).toBe(true);
    expect(suggested.outletName).toBe("example-news.com");
    expect(suggested.canonicalUrl).toBe("https://www.example-news.com/a/1");
    expect(suggested.author).toBeNull();
  });
});

async function makePdf(withText: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  if (withText) {
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    page.drawText("Istanbul talks resume", { x: 50, y: 780, size: 20, font });
    page.drawText("Russian and U.S. diplomats met again on Thursday to discuss", {
      x: 50,
      y: 740,
      size: 12,
      font,
    });
    page.drawText("the work of their embassies in Moscow and Washington.", { x: 50, y: 726, size: 12, font });
    page.drawText("A third round is expected before the summer.", { x: 50, y: 690, size: 12, font });
    pdf.setTitle("Istanbul talks resume");
    pdf.setAuthor("Desk Reporter");
  } else {
    // A "scan": only drawn shapes, no text layer.
    page.drawRectangle({ x: 50, y: 600, width: 400, height: 200, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}

describe("cleanTitle", () => {
  it("drops the site's name around a page title", () => {
    expect(cleanTitle("Embassy deal | Harbour Post", "Harbour Post", null)).toBe("Embassy deal");
    expect(cleanTitle("Harbour Post — Embassy deal", "Harbour Post", null)).toBe("Embassy deal");
    expect(cleanTitle("Talks resume - News.Az", "News.Az", null)).toBe("Talks resume");
  });

  it("prefers the page's own heading when the title starts with it", () => {
    expect(
      cleanTitle("Embassy deal reached in Istanbul | HP", null, "Embassy deal reached in Istanbul"),
    ).toBe("Embassy deal reached in Istanbul");
    expect(cleanTitle("Harbour Post", "Harbour Post", null)).toBe("Harbour Post");
  });
});

describe("file extraction", () => {
  it("reads a generated PDF's text layer, lines joined into paragraphs", async () => {
    const { doc, suggested } = await extractFile("talks.pdf", await makePdf(true));
    expect(doc.text).toContain(
      "Russian and U.S. diplomats met again on Thursday to discuss the work of their embassies in Moscow and Washington.",
    );
    expect(doc.text).toContain("A third round is expected before the summer.");
    expect(suggested.title).toBe("Istanbul talks resume");
    expect(suggested.author).toBe("Desk Reporter");
  });

  it("refuses a PDF with no text layer, and a file that only claims to be a PDF", async () => {
    expect(await codeOf(extractFile("scan.pdf", await makePdf(false)))).toBe("PDF_NO_TEXT");
    expect(await codeOf(extractFile("fake.pdf", encode("not a pdf at all")))).toBe("PDF_UNREADABLE");
  });

  it("refuses a binary file named .txt and invalid UTF-8", async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await codeOf(extractFile("photo.txt", binary))).toBe("NOT_TEXT");
    expect(
      await codeOf(extractFile("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))),
    ).toBe("INVALID_UTF8");
  });

  it("refuses a 50 MB upload, empty files and unknown types", async () => {
    expect(await codeOf(extractFile("huge.pdf", new Uint8Array(50 * 1024 * 1024)))).toBe("FILE_TOO_LARGE");
    expect(await codeOf(extractFile("big.txt", new Uint8Array(6 * 1024 * 1024).fill(0x61)))).toBe(
      "FILE_TOO_LARGE",
    );
    expect(await codeOf(extractFile("empty.txt", new Uint8Array()))).toBe("EMPTY_TEXT");
    expect(await codeOf(extractFile("spaces.md", encode(" \n\t \n")))).toBe("EMPTY_TEXT");
    expect(await codeOf(extractFile("slides.pptx", encode("x")))).toBe("UNSUPPORTED_FILE_TYPE");
  });

  it("reads Markdown and names an untitled text file after itself", async () => {
    const md = await extractFile("brief.md", encode("# Istanbul brief\n\nThe **second** round ended.\n"));
    expect(md.suggested.title).toBe("Istanbul brief");
    // The heading is the only place the title is written: it stays (another title may be given).
    expect(md.doc.text).toBe("Istanbul brief\n\nThe second round ended.");
    const table = await extractFile("figures_2025.txt", encode("a | b\n---|---\n1 | 2\n"));
    expect(table.suggested.title).toBe("figures 2025");
  });
});

describe("pasted text", () => {
  it("refuses empty and whitespace-only text", () => {
    expect(() => extractPastedText("   \n\n  ")).toThrow(AppError);
  });

  it("hashes the canonical text, so the same article pasted twice is recognised", () => {
    const a = extractPastedText("Talks resumed.\r\nBoth sides spoke.\n");
    const b = extractPastedText("\uFEFFTalks resumed.\nBoth sides spoke.  \n\n");
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).toBe(hashText("Talks resumed.\n\nBoth sides spoke."));
  });

  it("lets typed metadata win over what was found", () => {
    const { suggested } = extractPastedText(
      "2025-02-27 09:02:00\nA headline here\nBody text of the article goes on.",
      {
        title: "My title",
        url: "https://time.news/x?utm_medium=email",
      },
    );
    expect(suggested).toMatchObject({
      title: "My title",
      publishedAt: "2025-02-27T09:02:00.000Z",
      canonicalUrl: "https://time.news/x",
      outletName: "time.news",
    });
  });
});

describe("the header lines of imported text", () => {
  const demo = (name: string) =>
    fs.readFileSync(
      path.join(
        import.meta.dirname,
        "../../../../scripts/seed/articles",
        fs
          .readdirSync(path.join(import.meta.dirname, "../../../../scripts/seed/articles"))
          .find((file) => file.startsWith(name)) ?? "",
      ),
    );
  const start = (text: string) => text.slice(0, 60);

  it("leaves out a date line and the title repeated under it (004)", async () => {
    const { doc, suggested } = await extractFile("004.txt", demo("004"));
    expect(suggested.title).toBe(
      "Behind closed doors: What Russia and the U.S. really talked about in Istanbul",
    );
    expect(suggested.publishedAt).toBe("2025-04-10T00:00:00.000Z");
    expect(start(doc.text)).toBe(
      start("Representatives from Russia and the United States are meeting today"),
    );
    expect(isConsistentDocument(doc)).toBe(true);
  });

  it("leaves out a date line alone (001) but keeps a title line written only once (001, 002)", async () => {
    const first = await extractFile("001.txt", demo("001"));
    expect(first.suggested.publishedAt).toBe("2025-02-27T09:02:00.000Z");
    expect(first.suggested.title).toBe(
      "The Complex Dance of Diplomacy: US-Russia Relations in the Shadow of the Ukraine Conflict",
    );
    expect(first.doc.text.startsWith("The Complex Dance of Diplomacy: US-Russia Relations")).toBe(true);
    const second = await extractFile("002.txt", demo("002"));
    expect(second.doc.text.startsWith("Summary of Recent Diplomatic Talks Between Russia")).toBe(true);
    expect(isConsistentDocument(first.doc) && isConsistentDocument(second.doc)).toBe(true);
  });

  it("keeps body text that begins with a date, a first line that is not the title, and a text that is only a header", () => {
    const dated = extractPastedText(
      "February 28, 2025. The ministry said the talks were productive.\n\nMore.",
    );
    expect(dated.doc.text.startsWith("February 28, 2025. The ministry")).toBe(true);
    const typed = extractPastedText("A headline here\n\nBody text of the article goes on.", {
      title: "My title",
    });
    expect(typed.doc.text.startsWith("A headline here")).toBe(true);
    const repeated = extractPastedText("My title\n\nBody text of the article goes on.", {
      title: "My title",
    });
    expect(repeated.doc.text).toBe("Body text of the article goes on.");
    // A date and a headline written once, or a byline, stay: they may be all the text says of itself.
    const quoted = extractPastedText(
      "12 March 2025 – The minister told reporters: “We will not resign.”\n\nMore.",
    );
    expect(quoted.doc.text.startsWith("12 March 2025 – The minister")).toBe(true);
    const byline = extractPastedText("2025-04-10, by Jane Doe and John Roe\n\nBody text of the article.");
    expect(byline.doc.text.startsWith("2025-04-10, by Jane Doe")).toBe(true);
    // An "Updated" line, and a date line whose date is not the one given, are not the published date.
    const updated = extractPastedText("Updated: 12 March 2025\n\nBody text of the article.");
    expect(updated.doc.text.startsWith("Updated: 12 March 2025")).toBe(true);
    const otherDay = extractPastedText("2025-03-12\n\nBody text of the article.", {
      publishedAt: "2025-03-10",
    });
    expect(otherDay.doc.text.startsWith("2025-03-12")).toBe(true);
    const sameDay = extractPastedText("2025-03-10\n\nBody text of the article.", {
      publishedAt: "2025-03-10",
    });
    expect(sameDay.doc.text).toBe("Body text of the article.");
    const only = extractPastedText("2025-02-27 09:02:00");
    expect(only.doc.text).toBe("2025-02-27 09:02:00");
  });

  it("hashes what is kept: the same body with and without its header lines is the same snapshot", () => {
    const title = { title: "A headline here" };
    const body = "Body text of the article goes on.";
    const bare = extractPastedText(body, title);
    const headed = extractPastedText(`2025-02-27\n\nA headline here\n\n${body}`, title);
    expect(headed.contentHash).toBe(bare.contentHash);
    // Without a title given, the headline is the only place the title is written: it stays.
    const untitled = extractPastedText(`2025-02-27\n\nA headline here\n\n${body}`);
    expect(untitled.suggested.title).toBe("A headline here");
    expect(untitled.doc.text).toBe(`A headline here\n\n${body}`);
  });
});
