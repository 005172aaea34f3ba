import type { Browser, BrowserContext, Page } from "@playwright/test";

import { createTeam, createUser, expect, signIn, startAssessment, test, waitForHydration } from "../fixtures";

/** A browser of its own (cookies and all), as a second device or a thief with a copied cookie. */
async function device(
  browser: Browser,
  baseURL: string | undefined,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  return { context, page: waitForHydration(await context.newPage()) };
}

/** Whom next-auth's session endpoint says this context's cookie belongs to (their email), if anyone. */
async function sessionUser(context: BrowserContext): Promise<string | null> {
  const body = (await (await context.request.get("/api/auth/session")).json()) as {
    user?: { email?: string };
  } | null;
  return body?.user?.email ?? null;
}

/** Whether this context's cookies still get an answer from the API (not UNAUTHORIZED). */
async function apiStatus(context: BrowserContext): Promise<number> {
  return (await context.request.get("/api/trpc/account.get")).status();
}

test("a cookie copied before signing out is refused on every page and every call", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const user = await createUser(request);
  await signIn(page, user);
  const thief = await device(browser, baseURL);
  await thief.context.addCookies(await page.context().cookies());
  await thief.page.goto("/account");
  await expect(thief.page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  expect(await apiStatus(thief.context)).toBe(200);
  expect(await sessionUser(thief.context)).toBe(user.email);

  await page.goto("/account");
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect(await apiStatus(thief.context)).toBe(401);
  // next-auth's own session endpoint reads the cookie too, and knows nobody by it.
  expect(await sessionUser(thief.context)).toBeNull();
  await thief.page.goto("/account");
  await expect(thief.page).toHaveURL(/\/sign-in/);
  await thief.context.close();
});

test("the account page lists devices; signing one out, changing the password and signing out everywhere end sessions, open editors included", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const team = await createTeam(request);
  const person = team.members.editor;
  await signIn(page, person);
  const phone = await device(browser, baseURL);
  await signIn(phone.page, person);
  const editor = await startAssessment(phone.page, team.team.slug, {
    title: "Written on the phone",
    template: /Key judgments brief/,
  });
  await editor.getByText("First judgment.").click();
  await phone.page.keyboard.press("End");
  await phone.page.keyboard.type(" Saved before the phone was signed out.");
  await expect(phone.page.getByText("All changes saved")).toBeVisible();

  // Two sessions, this one marked; sign the other one out.
  await page.goto("/account");
  const sessions = page.getByRole("list", { name: "Signed-in sessions" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByRole("listitem").first()).toContainText("This device");
  await sessions
    .getByRole("listitem")
    .nth(1)
    .getByRole("button", { name: /^Sign out/ })
    .click();
  await expect(page.getByText("That device is signed out.")).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);

  // The phone's open editor is closed at once and says why; its text was kept.
  await expect(
    phone.page.getByText("You are signed out. Sign in again to open this assessment."),
  ).toBeVisible();
  expect(await apiStatus(phone.context)).toBe(401);
  await phone.page.reload();
  await expect(phone.page).toHaveURL(/\/sign-in/);
  // Back to the sign-in page it was sent to, which returns it to the assessment.
  await signIn(phone.page, person, phone.page.url());
  // In the text itself: the Checks panel quotes the judgment too, once per finding.
  await expect(
    phone.page
      .getByRole("textbox", { name: "Assessment text" })
      .getByText(/Saved before the phone was signed out\./),
  ).toBeVisible();

  // A password change signs the phone out again, and keeps this device signed in.
  await page.goto("/account");
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password").fill("a fresh passphrase for the lab");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed. Your other device is signed out.")).toBeVisible();
  expect(await apiStatus(phone.context)).toBe(401);
  expect(await apiStatus(page.context())).toBe(200);

  // Sign out everywhere, this device too; signed in an hour ago, so the password is asked first.
  const password = "a fresh passphrase for the lab";
  await signIn(phone.page, { email: person.email, password });
  const aged = await request.post("/__e2e/fixtures", { data: { kind: "age-sessions", userId: person.id } });
  expect(aged.ok()).toBe(true);
  await page.reload();
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();
  const confirm = page.getByRole("dialog", { name: "Confirm it is you" });
  await confirm.getByLabel("Password").fill("not my password");
  await confirm.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(confirm.getByText("The password is not correct.")).toBeVisible();
  expect(await apiStatus(phone.context)).toBe(200);
  await confirm.getByLabel("Password").fill(password);
  await confirm.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await apiStatus(phone.context)).toBe(401);
  await phone.context.close();
});
