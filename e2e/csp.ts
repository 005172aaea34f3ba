import type { Page, Response } from "@playwright/test";

import { expect } from "./fixtures";

/**
 * Watching a page for what the Content-Security-Policy refuses: a refused script, style, socket or
 * frame shows as a `securitypolicyviolation` event and as a console error.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Start watching (before the first navigation); the console lines land in the returned array. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      seen.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

/** The violations the page itself reported since it loaded. */
export async function cspViolationsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** The page came with the nonce-based policy and the other headers that go with it. */
export function expectSecurityHeaders(response: Response | null, path: string): void {
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).toContain("object-src 'none'");
  expect(policy, path).toContain("base-uri 'none'");
  expect(response?.headers()["permissions-policy"], path).toContain("camera=()");
}
