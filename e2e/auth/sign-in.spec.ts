import { type Page } from "@playwright/test";

import { alertWith, createUser, expect, test } from "../fixtures";

test("a wrong password is refused with a clear message, and the email is kept", async ({ page, request }) => {
  const user = await createUser(request);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alertWith(page, "The email or password is not correct.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teams\/new/);
});

/** Submit one password and wait until the server has answered: a failed attempt empties the field. */
async function attempt(page: Page, password: string) {
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveValue("");
}

test("repeated failures lock the account, even against the right password", async ({ page, request }) => {
  const user = await createUser(request);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  for (let guess = 1; guess <= 4; guess++) {
    await attempt(page, `wrong guess ${guess}`);
    await expect(alertWith(page, "The email or password is not correct.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
  }
  await attempt(page, "wrong guess 5");
  await expect(alertWith(page, "Too many failed sign-in attempts. Try again in 1 minute.")).toBeVisible();

  await attempt(page, user.password);
  await expect(
    alertWith(page, /Too many failed sign-in attempts\. Try again in (\d+ seconds?|1 minute)\./),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the demo owner can sign in with the README's login", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("owner@demo.example");
  await page.getByLabel("Password").fill("istanbul-desk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Istanbul Desk", level: 1 })).toBeVisible();
});

test("a return path that a browser would turn into another host stays on the site", async ({
  page,
  request,
}) => {
  const user = await createUser(request);
  // "/<tab>/127.0.0.1:9/" becomes "//127.0.0.1:9/" once a browser strips the tab: another host. (A
  // loopback port nothing listens on, so a failure here never sends traffic off the machine.)
  const tricks = [
    "/\t/127.0.0.1:9/",
    "/\n/127.0.0.1:9/",
    "/\\127.0.0.1:9/",
    "//127.0.0.1:9/",
    "/%09/127.0.0.1:9/",
  ];
  const signInWith = (trick: string) => `/sign-in?callbackUrl=${encodeURIComponent(trick)}`;
  await page.goto(signInWith(tricks[0] ?? ""));
  const origin = new URL(page.url()).origin;
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teams\/new/);
  expect(new URL(page.url()).origin).toBe(origin);
  // Signed in, the sign-in page sends people straight on: the same check applies.
  for (const trick of tricks) {
    await page.goto(signInWith(trick));
    expect(new URL(page.url()).origin, JSON.stringify(trick)).toBe(origin);
    await expect(page).toHaveURL(/\/teams\/new/);
  }
});

test("a control character in the sign-in email is a refused sign-in, not a server fault", async ({
  request,
}) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "someone\u0000@example.com", password: "whatever-it-is" },
    maxRedirects: 0,
  });
  const location = response.headers().location ?? "";
  expect(location).toContain("error=CredentialsSignin");
  expect(location).not.toContain("Configuration");
});
