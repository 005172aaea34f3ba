import { expect, test } from "../fixtures";

test("a new person signs up, creates a team, and signs out", async ({ page }) => {
  const email = `e2e-${Date.now()}@test.example`;
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Name").fill("Sam Okafor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is one of the most common passwords")).toBeVisible();

  await page.getByLabel("Password").fill("northern lights 1987");
  await page.getByRole("button", { name: "Create account" }).click();

  // No team yet: the app asks for one.
  await expect(page.getByRole("heading", { name: "Create a team" })).toBeVisible();
  await page.getByLabel("Team name").fill("Caucasus Desk");
  await expect(page.getByLabel("Team address")).toHaveValue("caucasus-desk");
  const slug = `caucasus-${Date.now()}`;
  await page.getByLabel("Team address").fill(slug);
  await page.getByRole("button", { name: "Create team" }).click();

  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));
  await expect(page.getByRole("heading", { name: "Caucasus Desk", level: 1 })).toBeVisible();
  await expect(page.getByText("You are an owner in this team.")).toBeVisible();

  // The session lives in an HttpOnly, SameSite cookie that page scripts cannot read.
  const session = (await page.context().cookies()).find((cookie) =>
    cookie.name.endsWith("authjs.session-token"),
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

  await page.getByRole("button", { name: "Account menu for Sam Okafor" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/t/${slug}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("signing up with a taken email says so and keeps the form", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Copy Cat");
  await page.getByLabel("Email").fill("owner@demo.example");
  await page.getByLabel("Password").fill("northern lights 1987");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Copy Cat");
});
