import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { NO_BROWSER, findChromium } from "./find-chromium.mjs";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("finding Chromium for the end-to-end tests", () => {
  it("uses CHROMIUM_PATH when it names a file, and says so when it does not", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chromium-")), "chrome");
    fs.writeFileSync(file, "");
    process.env.CHROMIUM_PATH = file;
    expect(await findChromium()).toEqual({ path: file, source: "CHROMIUM_PATH" });
    process.env.CHROMIUM_PATH = `${file}-gone`;
    expect((await findChromium()).error).toBe(
      `CHROMIUM_PATH is set to ${file}-gone, which does not exist: point it at a Chromium or Chrome, or unset it.`,
    );
  });

  it("falls back to the system's browser when Playwright has none (never installing without asking)", async () => {
    delete process.env.CHROMIUM_PATH;
    // An empty browsers folder: Playwright's own Chromium is not there.
    process.env.PLAYWRIGHT_BROWSERS_PATH = fs.mkdtempSync(path.join(os.tmpdir(), "no-browsers-"));
    const found = await findChromium();
    const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].find((file) =>
      fs.existsSync(file),
    );
    if (system) expect(found).toEqual({ path: system, source: "the system's browser" });
    else expect(found.error ?? found.source).toMatch(/system|No Chromium/);
    expect(NO_BROWSER).toMatch(/run `npx playwright install chromium`/);
  });
});
