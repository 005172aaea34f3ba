import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { findChromium } from "./scripts/find-chromium.mjs";

/**
 * End-to-end tests drive the production build (`npm run build` first; `npm test` does it) in
 * Debian's Chromium. The app runs on a fresh embedded database in a temporary folder, or on
 * E2E_DATABASE_URL / TEST_DATABASE_URL when set, with the test fixture endpoint switched on.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
/** Where e2e/articles serves pages for the app to fetch (see e2e/page-server.ts). */
const pageServerPort = Number(process.env.E2E_PAGE_PORT ?? 3199);
process.env.E2E_PAGE_PORT = String(pageServerPort);
const baseURL = `http://localhost:${port}`;
// Set once in the runner's environment so that workers (which re-read this file) agree.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "analyst-e2e-"));
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
const isRoot = process.getuid?.() === 0;
// `npm test` has found (or installed) the browser and set CHROMIUM_PATH; `npx playwright test`
// alone looks the same way, without installing.
const browser = await findChromium();
if (browser.error !== undefined) throw new Error(browser.error);
process.env.CHROMIUM_PATH = browser.path;

export default defineConfig({
  testDir: "e2e",
  // The app server has one of the machine's two cores; tests run one at a time beside it.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["line"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browser.path,
      args: [
        ...(isRoot ? ["--no-sandbox"] : []),
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node --import tsx server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      E2E_FIXTURES: "1",
      // The demo team too (it never overwrites), so the README's logins are tested on both databases.
      SEED_DEMO: "true",
      // The SSRF guard lets the app fetch from the tests' own page server, and from nothing else local.
      URL_FETCH_ALLOW_HOSTS: `127.0.0.1:${pageServerPort}`,
    },
  },
});
