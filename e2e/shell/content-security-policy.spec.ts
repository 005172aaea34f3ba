import { cspViolationsOn, watchCspViolations } from "../csp";
import { expect, test } from "../fixtures";

/**
 * Every page runs under the nonce-based Content-Security-Policy with nothing refused: the
 * accessibility gate (accessibility.spec.ts) checks the headers and watches for refusals on every
 * kind of page it opens. Here, the other half: a script planted in a page (one without the nonce)
 * must be refused.
 */

test("a script without the page's nonce is refused", async ({ page }) => {
  const seen = await watchCspViolations(page);
  await page.goto("/sign-in");
  const ran = await page.evaluate(async () => {
    // Markup an attacker got into the page: an inline handler carries no nonce, so it never runs.
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="/missing.png" onerror="window.__planted = true">',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __planted?: boolean }).__planted === true;
  });
  expect(ran).toBe(false);
  expect(await cspViolationsOn(page)).not.toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
});
