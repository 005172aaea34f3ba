import {
  createArticle,
  createClaim,
  createPublishedAssessment,
  createTag,
  createTeam,
  createTeamWithCitableClaim,
  expect,
  signIn,
  test,
} from "../fixtures";

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

test("linking a cited claim as contradicted says first which published assessment it flags, then flags it", async ({
  page,
  request,
}) => {
  const { team, article, claim } = await createTeamWithCitableClaim(request);
  const denial = await createClaim(request, team, {
    articleId: article.id,
    phrase: "officials said",
    statement: "Officials denied any deal on embassy staffing.",
  });
  const published = await createPublishedAssessment(request, team, claim.id);
  await signIn(page, team.members.editor);

  await page.goto(`/t/${team.team.slug}/claims/${denial.id}`);
  await page.getByRole("button", { name: "Link to another claim" }).click();
  const dialog = page.getByRole("dialog", { name: "Link to another claim" });
  await dialog.getByLabel("Find a claim").fill("staffing");
  await dialog.getByRole("radio", { name: /Both sides agreed to restore embassy staffing/ }).click();
  const warning = dialog.getByRole("status").filter({ hasText: "This flags published work for re-review" });
  // Corroborating flags nothing; contradicting does, and the dialog says so before anything happens.
  await dialog.getByRole("radio", { name: /Corroborates/ }).click();
  await expect(warning).toHaveCount(0);
  await dialog.getByRole("radio", { name: /Contradicts/ }).click();
  await expect(warning).toContainText(
    `A published assessment cites one of these claims: “${published.title}” (version 1).`,
  );
  await dialog.getByRole("button", { name: "Link claims" }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`/t/${team.team.slug}/assessments/${published.id}/versions/1`);
  await expect(page.getByRole("region", { name: "Needs re-review" })).toBeVisible();
});
