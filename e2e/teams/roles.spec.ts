import { createTeam, expect, signIn, test } from "../fixtures";

test("a viewer sees no editing controls, and the server refuses the call anyway", async ({
  page,
  request,
}) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.viewer);
  await page.goto(`/t/${team.slug}/team`);

  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("cell", { name: new RegExp(`^${members.owner.name}`) })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);

  // The same call the owner's button makes, sent with the viewer's session cookie.
  const response = await page.request.post("/api/trpc/teams.invitations.create", {
    data: { json: { teamSlug: team.slug, role: "owner", expiresInDays: 30 } },
  });
  expect(response.status()).toBe(403);
  const body = (await response.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toBe("Your role in this team does not allow that.");
  expect(JSON.stringify(body)).not.toContain("stack");
});

test("another team's pages do not exist for you", async ({ page, request }) => {
  const mine = await createTeam(request);
  const theirs = await createTeam(request);
  await signIn(page, mine.members.owner);
  await page.goto(`/t/${theirs.team.slug}/team`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(theirs.members.owner.name)).toHaveCount(0);

  const response = await page.request.get(
    `/api/trpc/teams.members.list?input=${encodeURIComponent(JSON.stringify({ json: { teamSlug: theirs.team.slug } }))}`,
  );
  expect(response.status()).toBe(404);
});

test("a member leaves a team", async ({ page, request }) => {
  const { team, members } = await createTeam(request);
  await signIn(page, members.editor);
  await page.goto(`/t/${team.slug}/team`);
  await page.getByRole("button", { name: "Leave team" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Leave team" }).click();
  await expect(page).toHaveURL(/\/teams$/);
  await expect(page.getByText("You are not in a team yet")).toBeVisible();
});
