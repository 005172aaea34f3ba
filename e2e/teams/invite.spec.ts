import { createTeam, expect, signIn, test, waitForHydration } from "../fixtures";

test("an owner invites a new person, who signs up and joins in another browser", async ({
  browser,
  request,
}) => {
  const { team, members } = await createTeam(request);

  const ownerContext = await browser.newContext();
  const owner = waitForHydration(await ownerContext.newPage());
  await signIn(owner, members.owner);
  await owner.goto(`/t/${team.slug}/team`);

  await owner.getByLabel("Role", { exact: true }).click();
  await owner.getByRole("option", { name: "Editor" }).click();
  await owner.getByLabel("Note (optional)").fill("for Ana");
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  // The invited person, in a browser of their own, with no account yet.
  const guestContext = await browser.newContext();
  const guest = waitForHydration(await guestContext.newPage());
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: `Join ${team.name}` })).toBeVisible();
  await expect(guest.getByText(/invited you as an? editor/)).toBeVisible();
  await guest.getByRole("link", { name: "Create an account to join" }).click();
  await guest.getByLabel("Name").fill("Ana Lima");
  await guest.getByLabel("Email").fill(`ana-${Date.now()}@test.example`);
  await guest.getByLabel("Password").fill("southern cross 2024");
  await guest.getByRole("button", { name: "Create account" }).click();

  // Back on the invitation, now signed in.
  await guest.getByRole("button", { name: `Join ${team.name}` }).click();
  await expect(guest).toHaveURL(new RegExp(`/t/${team.slug}$`));
  await expect(guest.getByText("You are an editor in this team.")).toBeVisible();

  // The owner sees the new member and the link marked as used.
  await owner.reload();
  await expect(owner.getByRole("cell", { name: /^Ana Lima/ })).toBeVisible();
  await expect(owner.getByLabel("Role of Ana Lima")).toHaveText("Editor");
  await expect(owner.getByText("accepted")).toBeVisible();

  // The link works once.
  const thirdContext = await browser.newContext();
  const third = waitForHydration(await thirdContext.newPage());
  await third.goto(link);
  await expect(
    third.getByText("This invitation has already been used. Ask the team for a new link."),
  ).toBeVisible();

  await Promise.all([ownerContext.close(), guestContext.close(), thirdContext.close()]);
});

test("an owner changes a member's role and cannot demote the last owner", async ({ page, request }) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.owner);
  await page.goto(`/t/${team.slug}/team`);

  await page.getByLabel(`Role of ${members.viewer.name}`).click();
  await page.getByRole("option", { name: "Editor" }).click();
  await expect(page.getByText(`${members.viewer.name} is now an editor.`)).toBeVisible();
  await expect(page.getByLabel(`Role of ${members.viewer.name}`)).toHaveText("Editor");

  await page.getByLabel(`Role of ${members.owner.name}`).click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await expect(
    page.getByText("A team needs at least one owner. Make someone else an owner first."),
  ).toBeVisible();
  await expect(page.getByLabel(`Role of ${members.owner.name}`)).toHaveText("Owner");
});

test("a forged or expired-looking link explains itself", async ({ page }) => {
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
});
