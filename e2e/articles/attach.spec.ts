import { type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";

import { alertWith, createTeam, expect, signIn, test } from "../fixtures";
import { PAGE_SERVER, startPageServer } from "../page-server";

async function openAttach(page: Page, slug: string, tab: "Paste" | "Upload" | "From URL" | "Many URLs") {
  await page.goto(`/t/${slug}/articles`);
  await page.getByRole("button", { name: "Attach articles" }).click();
  await page.getByRole("tab", { name: tab }).click();
}

const unique = () => Math.random().toString(36).slice(2, 8);

test("an editor pastes an article, corrects the details found, and attaches it", async ({
  page,
  request,
}) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.editor);
  await openAttach(page, team.slug, "Paste");
  const marker = unique();
  await page
    .getByLabel("Article text")
    .fill(
      `2025-02-27 09:02:00\nIstanbul talks open ${marker}\nRussian and U.S. diplomats met at the consul general's residence to discuss embassy staffing.\nBoth sides called the meeting businesslike.`,
    );
  await page.getByRole("button", { name: "Continue" }).click();

  const review = page.getByRole("dialog", { name: "Review the details" });
  await expect(review).toBeVisible();
  await expect(review.getByLabel("Title")).toHaveValue(`Istanbul talks open ${marker}`);
  await expect(review.getByLabel("Published", { exact: true })).toHaveValue("2025-02-27");
  await review.getByLabel("Outlet").fill("News.Az");
  await review.getByLabel("Author").fill("Desk Reporter");
  await page.getByRole("button", { name: "Attach article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Istanbul talks open ${marker}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "News.Az" })).toBeVisible();
  await expect(page.getByText("by Desk Reporter")).toBeVisible();
  await expect(page.getByText("published 27 Feb 2025")).toBeVisible();
  // The date line is the header, not the text: its date is the published date, and it is not shown.
  await expect(page.getByText("Russian and U.S. diplomats met at the consul general")).toBeVisible();
  await expect(page.getByText("2025-02-27 09:02:00")).toHaveCount(0);
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(page.getByText("attached the article")).toBeVisible();

  // The same text again leads to the article the team already has.
  await openAttach(page, team.slug, "Paste");
  await page
    .getByLabel("Article text")
    .fill(
      `2025-02-27 09:02:00\nIstanbul talks open ${marker}\nRussian and U.S. diplomats met at the consul general's residence to discuss embassy staffing.\nBoth sides called the meeting businesslike.`,
    );
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("This text is already in the library")).toBeVisible();
  await page.getByRole("button", { name: "Attach article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Istanbul talks open ${marker}` })).toBeVisible();
});

test("an editor uploads a Markdown file and a PDF", async ({ page, request }) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.editor);
  const marker = unique();

  await openAttach(page, team.slug, "Upload");
  await page.getByLabel("Choose files to upload").setInputFiles({
    name: "brief.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      `# Sanctions brief ${marker}\n\nThe **second** round discussed *banking* for embassies.\n\n| Side | Lead |\n|---|---|\n| US | Coulter |\n`,
    ),
  });
  await expect(page.getByLabel("Title")).toHaveValue(`Sanctions brief ${marker}`);
  await page.getByRole("button", { name: "Attach article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sanctions brief ${marker}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Coulter" })).toBeVisible();

  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const sheet = pdf.addPage();
  sheet.drawText(`Embassy talks memo ${marker}`, { x: 50, y: 760, size: 16, font });
  sheet.drawText("The delegations agreed to meet again before the summer.", {
    x: 50,
    y: 720,
    size: 12,
    font,
  });
  pdf.setTitle(`Embassy talks memo ${marker}`);
  await openAttach(page, team.slug, "Upload");
  await page
    .getByLabel("Choose files to upload")
    .setInputFiles({ name: "memo.pdf", mimeType: "application/pdf", buffer: Buffer.from(await pdf.save()) });
  await expect(page.getByLabel("Title")).toHaveValue(`Embassy talks memo ${marker}`);
  await page.getByRole("button", { name: "Attach article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Embassy talks memo ${marker}` })).toBeVisible();
  await expect(
    page.getByTestId("article-text").getByText("The delegations agreed to meet again before the summer."),
  ).toBeVisible();

  // A binary file pretending to be text is refused with a reason.
  await openAttach(page, team.slug, "Upload");
  await page.getByLabel("Choose files to upload").setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
  });
  await expect(alertWith(page, "does not contain text")).toBeVisible();
});

test("an editor attaches from a URL, and local addresses are refused", async ({ page, request }) => {
  const marker = unique();
  const server = await startPageServer({
    "/story": {
      body: `<!doctype html><html lang="en"><head><title>Embassy deal ${marker} | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><meta name="author" content="Ana Lima"><meta property="article:published_time" content="2025-03-01T10:00:00Z"><link rel="canonical" href="${PAGE_SERVER}/story?utm_source=x"></head><body><nav>Menu</nav><article><h1>Embassy deal ${marker}</h1><p>Negotiators in Istanbul agreed on a framework for restoring embassy staffing levels in both capitals, officials said on Saturday.</p><p>The agreement still needs approval from both foreign ministries before it takes effect, according to two people familiar with the talks.</p><script>document.title='hacked'</script></article></body></html>`,
    },
  });
  try {
    const { team, members } = await createTeam(request);
    await signIn(page, members.editor);
    await openAttach(page, team.slug, "From URL");
    await page.getByLabel("Web address").fill(`${PAGE_SERVER}/story?fbclid=123`);
    await page.getByRole("button", { name: "Fetch article" }).click();
    const review = page.getByRole("dialog", { name: "Review the details" });
    await expect(review.getByLabel("Title")).toHaveValue(`Embassy deal ${marker}`);
    await expect(review.getByLabel("Outlet")).toHaveValue("Harbour Post");
    await expect(review.getByLabel("Author")).toHaveValue("Ana Lima");
    await expect(review.getByLabel("Published", { exact: true })).toHaveValue("2025-03-01");
    await page.getByRole("button", { name: "Attach article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Embassy deal ${marker}` })).toBeVisible();
    await expect(page.getByText("Negotiators in Istanbul agreed on a framework")).toBeVisible();
    await expect(page.getByText("hacked")).toHaveCount(0);

    await openAttach(page, team.slug, "From URL");
    await page.getByLabel("Web address").fill("http://169.254.169.254/latest/meta-data/");
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(
      alertWith(
        page,
        "That address is on a private or local network, which the workspace never fetches from.",
      ),
    ).toBeVisible();
    await page.getByLabel("Web address").fill("http://localhost:3100/api/health");
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(alertWith(page, "private or local network")).toBeVisible();
  } finally {
    await server.close();
  }
});

test("a bulk import reports each URL, and one failure does not stop the others", async ({
  page,
  request,
}) => {
  const marker = unique();
  const article = (n: number) => ({
    body: `<html><body><article><h1>Bulk story ${n} ${marker}</h1><p>Story ${n}: diplomats in Istanbul discussed embassy staffing, visas and banking for missions at length on Thursday.</p></article></body></html>`,
  });
  const server = await startPageServer({
    "/one": article(1),
    "/two": article(2),
    "/image": { type: "image/png", body: "png" },
  });
  try {
    const { team, members } = await createTeam(request);
    await signIn(page, members.editor);
    await openAttach(page, team.slug, "Many URLs");
    await page
      .getByLabel("Web addresses")
      .fill(
        [`${PAGE_SERVER}/one`, `${PAGE_SERVER}/missing`, `${PAGE_SERVER}/image`, `${PAGE_SERVER}/two`].join(
          "\n",
        ),
      );
    await page.getByRole("button", { name: "Import 4 articles" }).click();
    await expect(page.getByText("Done: 2 imported, 2 failed")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute(
      "aria-valuenow",
      "4",
    );
    const results = page.getByRole("list", { name: "Import results" });
    await expect(results.getByText("Failed: The site answered 404 Not Found.")).toBeVisible();
    await expect(
      results.getByText("Failed: The address sent image/png, not a web page or text."),
    ).toBeVisible();
    await expect(results.getByRole("link", { name: `Bulk story 2 ${marker}` })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: `Bulk story 1 ${marker}` })).toBeVisible();
  } finally {
    await server.close();
  }
});
