import type { Page } from "@playwright/test";

import { createTeamWithCitableClaim, expect, signIn, startAssessment, test } from "../fixtures";

/**
 * Every main page runs under the nonce-based Content-Security-Policy with nothing refused: a refused
 * script, style, socket or frame would show as a `securitypolicyviolation` event or a console error,
 * and fails the sweep. A script planted in a page (one without the nonce) must be refused.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function watchViolations(page: Page): Promise<string[]> {
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

async function violationsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

test("every main page runs under the CSP with no violation", async ({ page, request }) => {
  const seen = await watchViolations(page);
  const { team, article, claim } = await createTeamWithCitableClaim(request);
  const slug = team.team.slug;

  const visit = async (path: string) => {
    const response = await page.goto(path);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'none'");
    expect(response?.headers()["permissions-policy"], path).toContain("camera=()");
    // The page has hydrated (goto waits for it), so its scripts ran; anything refused later on it is
    // still in the console log, checked at the end.
    expect(await violationsOn(page), path).toEqual([]);
  };

  await visit("/sign-in");
  await visit("/sign-up");
  await signIn(page, team.members.editor);
  for (const path of [
    "/teams",
    "/teams/new",
    "/account",
    `/t/${slug}`,
    `/t/${slug}/articles`,
    `/t/${slug}/articles/${article.id}`,
    `/t/${slug}/claims`,
    `/t/${slug}/claims/${claim.id}`,
    `/t/${slug}/sources`,
    `/t/${slug}/assessments`,
    `/t/${slug}/assessments/published`,
    `/t/${slug}/activity`,
    `/t/${slug}/inbox`,
    `/t/${slug}/team`,
    `/t/${slug}/team/tags`,
    `/t/${slug}/no-such-page`,
  ])
    await visit(path);

  // A source's page, with the source added as a person would.
  await page.goto(`/t/${slug}/sources`);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByLabel("Name").fill("Harbour Post");
  await page.getByRole("dialog").getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Harbour Post/ })).toBeVisible();
  await visit(page.url());

  // The editor opens the collaboration socket, which the policy must let through.
  await startAssessment(page, slug, { title: "Under the policy", template: /Key judgments brief/ });
  await expect(page.getByText("All changes saved")).toBeVisible();
  await visit(page.url());
  await expect(page.getByText("All changes saved")).toBeVisible();
  const editorUrl = page.url();
  await visit(`${editorUrl}/versions`);
  await visit(`${editorUrl}/print`);

  expect(seen).toEqual([]);
});

test("a script without the page's nonce is refused", async ({ page }) => {
  const seen = await watchViolations(page);
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
  expect(await violationsOn(page)).not.toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
});
