import { createArticle, createClaim, createTag, createTeam, expect, signIn, test } from "../fixtures";

test("an editor links contradicting claims across articles, filters the Claims page and tags claims in bulk", async ({
  page,
  request,
}) => {
  const team = await createTeam(request);
  const first = await createArticle(request, team, {
    title: "Wire report",
    text: "Wire report\n\nThe next round will be held in Riyadh, officials said.",
  });
  const second = await createArticle(request, team, {
    title: "Embassy report",
    text: "Embassy report\n\nThe next round will be held in Washington, the embassy said.",
  });
  const riyadh = await createClaim(request, team, {
    articleId: first.id,
    phrase: "The next round will be held in Riyadh",
    statement: "The next round is in Riyadh <script>alert(1)</script>",
  });
  await createClaim(request, team, {
    articleId: second.id,
    phrase: "The next round will be held in Washington",
    statement: "The next round is in Washington.",
  });
  await createTag(request, team, "Venue");
  await signIn(page, team.members.editor);

  // Link the two from the first claim's page; a statement's markup shows as text, never runs.
  await page.goto(`/t/${team.team.slug}/claims/${riyadh.id}`);
  await expect(page.getByText("The next round is in Riyadh <script>alert(1)</script>")).toBeVisible();
  await page.getByRole("button", { name: "Link to another claim" }).click();
  const dialog = page.getByRole("dialog", { name: "Link to another claim" });
  await dialog.getByLabel("Find a claim").fill("Washington");
  await dialog.getByRole("radio", { name: /The next round is in Washington/ }).click();
  await dialog.getByRole("radio", { name: /Contradicts/ }).click();
  await dialog.getByLabel("Note").fill("Different cities for the same round.");
  await dialog.getByRole("button", { name: "Link claims" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Contradicts (1)" })).toBeVisible();
  await expect(page.getByText("1 contradicting claim")).toBeVisible();

  // The Claims page marks both and filters them.
  await page.getByRole("link", { name: "Claims", exact: true }).first().click();
  const list = page.getByRole("list", { name: "Claims" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("Riyadh");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Has contradictions" }).click();
  await expect(page).toHaveURL(/contradicted=1/);
  await expect(list.getByRole("listitem")).toHaveCount(2);

  // Bulk tagging: select both, add the tag, then filter by it.
  await page.getByRole("checkbox", { name: "Select all shown claims" }).click();
  const bar = page.getByRole("region", { name: "Selected claims" });
  await expect(bar.getByText("2 selected")).toBeVisible();
  await bar.getByRole("button", { name: "Add tag" }).click();
  await page.getByRole("menuitem", { name: "Venue" }).click();
  await expect(page.getByText("Tagged 2 claims")).toBeVisible();
  await expect(list.getByText("Venue")).toHaveCount(2);
});
