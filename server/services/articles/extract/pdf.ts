import type { LogicalBlock } from "@/lib/text/document";
import { AppError } from "@/server/errors";

export interface PdfExtraction {
  blocks: LogicalBlock[];
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  pageCount: number;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** "D:20250227090200Z" (PDF date) → ISO string, or null. */
function pdfDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(value);
  if (!match) return null;
  const [, year, month = "01", day = "01", hour = "00", minute = "00", second = "00"] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const MAX_PAGES = 500;

/**
 * Text of a PDF's text layer, through pdf.js. Lines are rebuilt from the items' positions; a gap
 * wider than a line and a half between lines starts a new paragraph. A PDF with no text layer (a
 * scan) is refused: there is no OCR here.
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfExtraction> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: true,
    }).promise;
  } catch {
    throw new AppError("PDF_UNREADABLE");
  }
  try {
    const paragraphs: string[] = [];
    for (let pageNumber = 1; pageNumber <= Math.min(doc.numPages, MAX_PAGES); pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      let line = "";
      let paragraph: string[] = [];
      let lastY: number | null = null;
      let lastHeight = 12;
      const endParagraph = () => {
        if (line.trim()) paragraph.push(line.trim());
        line = "";
        if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
        paragraph = [];
      };
      for (const raw of content.items) {
        if (!("str" in raw)) continue;
        const item = raw as TextItem;
        const y = item.transform[5] ?? 0;
        if (lastY !== null && Math.abs(y - lastY) > 1) {
          const gap = Math.abs(lastY - y);
          if (gap > lastHeight * 1.8) endParagraph();
          else if (line.trim()) {
            paragraph.push(line.trim());
            line = "";
          }
        }
        line += item.str;
        if (item.hasEOL) line += " ";
        lastY = y;
        if (item.height > 0) lastHeight = item.height;
      }
      endParagraph();
      page.cleanup();
    }
    if (paragraphs.join("").trim().length === 0) throw new AppError("PDF_NO_TEXT");
    const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
    const title = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    const author = typeof info.Author === "string" && info.Author.trim() ? info.Author.trim() : null;
    return {
      blocks: paragraphs.map((text) => ({ type: "paragraph", text })),
      title,
      author,
      publishedAt: pdfDate(info.CreationDate),
      pageCount: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}
