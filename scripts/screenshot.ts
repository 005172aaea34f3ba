/**
 * `npm run screenshot`: retake docs/screenshot.png (the team page) and docs/assessment.png (the demo
 * assessment in the editor) from a running app with the demo team loaded.
 * BASE_URL defaults to http://localhost:3000.
 */
import { chromium } from "@playwright/test";

import { chromiumPath } from "@/scripts/find-chromium.mjs";
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM } from "@/scripts/seed/demo";
import { DEMO_ASSESSMENT_TITLE } from "@/scripts/seed/demo-assessment";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
await page.goto(`${baseURL}/sign-in`);
await page.getByLabel("Email").fill(DEMO_OWNER.email);
await page.getByLabel("Password").fill(DEMO_PASSWORD);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/t\//);
await page.goto(`${baseURL}/t/${DEMO_TEAM.slug}/team`);
await page.getByRole("table").waitFor();
await page.getByLabel("Note (optional)").fill("for the Ankara stringer");
await page.getByRole("button", { name: "Create invitation link" }).click();
await page.getByLabel("Invitation link").waitFor();
await page.mouse.move(0, 0);
await page.screenshot({ path: "docs/screenshot.png" });
await page.goto(`${baseURL}/t/${DEMO_TEAM.slug}/assessments`);
await page.getByRole("link", { name: DEMO_ASSESSMENT_TITLE }).click();
await page
  .getByRole("textbox", { name: "Assessment text" })
  .getByRole("heading", { name: "Summary" })
  .waitFor();
await page.getByRole("tab", { name: /Evidence/ }).click();
await page.getByText("All changes saved").waitFor();
await page.mouse.move(0, 0);
await page.screenshot({ path: "docs/assessment.png" });
await browser.close();
console.log("docs/screenshot.png and docs/assessment.png written");
