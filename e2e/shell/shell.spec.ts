import { createTeam, expect, signIn, test, waitForHydration } from "../fixtures";

test("on a phone the navigation opens as a drawer and reaches every section", async ({
  browser,
  request,
}) => {
  const { team, members } = await createTeam(request);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = waitForHydration(await context.newPage());
  await signIn(page, members.editor);
  await page.goto(`/t/${team.slug}`);

  for (const [section, emptyTitle] of [
    ["Articles", "No articles yet"],
    ["Claims", "No claims yet"],
    ["Sources", "No sources yet"],
    ["Assessments", "No assessments yet"],
  ] as const) {
    await page.getByRole("button", { name: "Open navigation" }).click();
    const drawer = page.getByRole("dialog", { name: "Navigation" });
    await drawer.getByRole("link", { name: section }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("heading", { name: section, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: emptyTitle })).toBeVisible();
  }
  // Nothing is wider than the phone: the members table, for one, scrolls inside its own box.
  for (const path of [`/t/${team.slug}`, `/t/${team.slug}/team`, `/t/${team.slug}/activity`, "/account"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
  await context.close();
});

test("the theme switches to dark and stays dark after a reload", async ({ page, request }) => {
  const { members } = await createTeam(request);
  await signIn(page, members.viewer);
  await page.getByRole("button", { name: `Account menu for ${members.viewer.name}` }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("the sections are reachable by keyboard, starting from the skip link", async ({ page, request }) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.viewer);
  await page.goto(`/t/${team.slug}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const claims = page
    .getByRole("navigation", { name: "Team sections" })
    .getByRole("link", { name: "Claims" });
  await claims.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  await expect(claims).toHaveAttribute("aria-current", "page");
});

test("a member of two teams switches between them", async ({ page, request }) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.owner);
  await page.goto("/teams/new");
  await page.getByLabel("Team name").fill("Second Desk");
  const second = `second-${Date.now()}`;
  await page.getByLabel("Team address").fill(second);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { name: "Second Desk", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: /^Team: Second Desk/ }).click();
  await page.getByRole("menuitem", { name: team.name }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${team.slug}$`));
  await expect(page.getByRole("heading", { name: team.name, level: 1 })).toBeVisible();

  // The front door reopens the team used last, and the pages outside a team keep its sections.
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/t/${team.slug}$`));
  for (const path of ["/account", "/teams"]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: new RegExp(`^Team: ${team.name}`) })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Team sections" }).getByRole("link", { name: "Claims" }),
    ).toHaveAttribute("href", `/t/${team.slug}/claims`);
  }
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true } });
});

test("an unknown page shows a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to your workspace" })).toBeVisible();
});
