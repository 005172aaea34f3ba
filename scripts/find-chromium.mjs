/**
 * Which Chromium the end-to-end tests, the screenshots and the benches drive, by Playwright's
 * convention: `CHROMIUM_PATH` when set; else the browser Playwright installs for its own version
 * (`npx playwright install chromium`); else a Chromium or Chrome the system has. `npm test` may
 * install Playwright's browser first (see scripts/test.mjs); CI sets `CHROMIUM_PATH` to Debian's.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Where systems put Chromium or Chrome, most specific first. */
const SYSTEM_BROWSERS = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ],
  darwin: [
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  ],
  win32: [
    path.join(process.env.LOCALAPPDATA ?? "", "Chromium", "Application", "chrome.exe"),
    path.join(
      process.env.PROGRAMFILES ?? "C:\\Program Files",
      "Google",
      "Chrome",
      "Application",
      "chrome.exe",
    ),
    path.join(
      process.env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)",
      "Google",
      "Chrome",
      "Application",
      "chrome.exe",
    ),
  ],
};

/** What to run when no browser can be had: one sentence. */
export const NO_BROWSER =
  "No Chromium found for the end-to-end tests: run `npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium or Chrome), then `npm test` again.";

/** The executable of the Chromium Playwright installs for its own version, whether or not it is there. */
async function playwrightBrowser() {
  const { chromium } = await import("@playwright/test");
  return chromium.executablePath();
}

/**
 * The browser to use: `{ path, source }`, or `{ error }` with the sentence to show. `install`: when
 * no browser is found, try `npx playwright install chromium` once (it needs the network).
 */
export async function findChromium({ install = false, log = () => {} } = {}) {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    return fs.existsSync(configured)
      ? { path: configured, source: "CHROMIUM_PATH" }
      : {
          error: `CHROMIUM_PATH is set to ${configured}, which does not exist: point it at a Chromium or Chrome, or unset it.`,
        };
  }
  const bundled = await playwrightBrowser();
  if (fs.existsSync(bundled)) return { path: bundled, source: "Playwright's Chromium" };
  const system = (SYSTEM_BROWSERS[process.platform] ?? []).find((candidate) => fs.existsSync(candidate));
  if (install) {
    log("[test] no Playwright Chromium yet: running `npx playwright install chromium`…");
    const isWindows = process.platform === "win32";
    const result = spawnSync(isWindows ? "npx.cmd" : "npx", ["playwright", "install", "chromium"], {
      stdio: "inherit",
      shell: isWindows,
      timeout: 10 * 60_000,
    });
    if (result.status === 0 && fs.existsSync(bundled))
      return { path: bundled, source: "Playwright's Chromium" };
    log("[test] the install did not succeed (no network?)" + (system ? `; using ${system}` : ""));
  }
  if (system) return { path: system, source: "the system's browser" };
  return { error: NO_BROWSER };
}

/** The browser's path for a script (screenshots, benches), or an error saying what to run. */
export async function chromiumPath() {
  const found = await findChromium();
  if (!found.path) throw new Error(found.error);
  return found.path;
}
