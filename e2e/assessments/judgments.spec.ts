import { createTeamWithCitableClaim, expect, signIn, startAssessment, test } from "../fixtures";

test("an editor states a key judgment with likelihood and confidence, cites a claim, and the check clears", async ({
  page,
  request,
}) => {
  const { team } = await createTeamWithCitableClaim(request);
  await signIn(page, team.members.editor);
  const text = await startAssessment(page, team.team.slug, {
    title: "Staffing brief",
    template: /Key judgments brief/,
  });
  await expect(text.getByText("First judgment.")).toBeVisible();
  // The check lists what the template's three empty judgments lack.
  await expect(page.getByRole("tab", { name: "Checks (9)" })).toBeVisible();

  // Rewrite the first judgment with a hedge: the check catches it.
  await text.getByText("First judgment.").click();
  await page.keyboard.press("End");
  for (let i = 0; i < "First judgment.".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("Embassy staffing may recover this year.");
  await expect(page.getByText("“may” hedges without a likelihood")).toBeVisible();
  for (let i = 0; i < "may recover this year.".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("will recover this year. ");

  await page.getByLabel("Likelihood").first().selectOption("likely");
  await page.getByLabel("Confidence").first().selectOption("moderate");
  await page.getByRole("button", { name: "Cite a claim" }).click();
  const cite = page.getByRole("dialog", { name: "Cite a claim" });
  await cite.getByLabel("Find a claim").fill("staffing");
  await cite.getByRole("button", { name: /Cite: Both sides agreed to restore embassy staffing/ }).click();

  // The chip shows the claim's current code; the notes and the evidence list it.
  await expect(
    text.getByRole("link", {
      name: /Note 1, code \?\?: claim “Both sides agreed to restore embassy staffing\.”/,
    }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Notes" })
      .getByText(/Both sides agreed to restore embassy staffing within months/),
  ).toBeVisible();
  await page.getByRole("tab", { name: /Evidence \(1\)/ }).click();
  await expect(
    page
      .getByRole("list", { name: "Cited claims" })
      .getByRole("link", { name: "Both sides agreed to restore embassy staffing." }),
  ).toBeVisible();
  // The first judgment is now clean: only the other two are flagged (3 findings each).
  await expect(page.getByRole("tab", { name: "Checks (6)" })).toBeVisible();

  // The choices are part of the shared document: they survive a reload. While the cited claims are
  // still on their way (their answer held back here), the chip says so and never "removed", and the
  // Evidence tab counts what the text cites.
  await expect(page.getByText("All changes saved")).toBeVisible();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const byIds = /\/api\/trpc\/[^?]*claims\.byIds/;
  await page.route(byIds, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByLabel("Likelihood").first()).toHaveValue("likely");
  await expect(page.getByLabel("Confidence").first()).toHaveValue("moderate");
  const chip = text.locator(".citation-chip a");
  await expect(chip).toHaveAttribute("aria-busy", "true");
  await expect(chip).toContainText("Note 1: loading the cited claim");
  await expect(text.getByText("removed")).toHaveCount(0);
  await expect(page.getByRole("tab", { name: "Evidence (1)" })).toBeVisible();
  release();
  await expect(text.getByRole("link", { name: /Note 1, code \?\?: claim “Both sides agreed/ })).toBeVisible();

  // A comment on the selected words keeps them as its quote.
  await text.getByText(/Embassy staffing will recover this year\./).selectText();
  await page.getByRole("button", { name: "Comment on selection" }).click();
  const comments = page.getByRole("tabpanel", { name: /Comments/ });
  await expect(
    comments.getByText("“Embassy staffing will recover this year.", { exact: false }),
  ).toBeVisible();
  await comments.getByLabel("Comment on the selected text").fill("Which officials? Name the source.");
  await comments.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = comments.getByRole("list", { name: "Threads" }).getByRole("listitem").first();
  await expect(thread).toContainText("Which officials? Name the source.");
  await expect(thread.locator("blockquote")).toContainText("Embassy staffing will recover this year.");
  await expect(page.getByRole("tab", { name: "Comments (1)" })).toBeVisible();
  // The words it is about are highlighted in the text.
  await expect(text.locator(".comment-highlight")).toContainText("Embassy staffing will recover this year.");
});
