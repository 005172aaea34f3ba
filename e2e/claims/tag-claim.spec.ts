import { createArticle, createTeam, expect, signIn, test, waitForHydration } from "../fixtures";

const TEXT = [
  "Talks in Istanbul",
  "The delegations met for six hours at the consul general's residence.",
  "The next round of talks will be held in Riyadh next month, officials said.",
  "Both sides called the meeting constructive.",
].join("\n\n");

test("an editor tags a claim, a viewer sees it appear live and replies with a mention, the editor is notified", async ({
  browser,
  request,
}) => {
  const team = await createTeam(request);
  const article = await createArticle(request, team, { title: "Talks in Istanbul", text: TEXT });
  const editorContext = await browser.newContext();
  const viewerContext = await browser.newContext();
  const editor = waitForHydration(await editorContext.newPage());
  const viewer = waitForHydration(await viewerContext.newPage());
  await signIn(editor, team.members.editor);
  await signIn(viewer, team.members.viewer);
  const articlePath = `/t/${team.team.slug}/articles/${article.id}`;
  await viewer.goto(articlePath);
  await expect(viewer.getByText("No claims in this article yet.")).toBeVisible();
  await editor.goto(articlePath);

  // The editor selects a passage (a triple click selects the paragraph) and tags it.
  await editor.getByText("The next round of talks").click({ clickCount: 3 });
  await editor.getByRole("button", { name: "Tag claim" }).click();
  const form = editor.getByRole("dialog", { name: "Tag claim" });
  await expect(form.getByLabel("Statement")).toHaveValue(
    "The next round of talks will be held in Riyadh next month, officials said.",
  );
  await form.getByLabel("Statement").fill("The next round of talks will be in Riyadh.");
  await form.getByRole("combobox", { name: "Speaker" }).fill("Maria Zakharova");
  await form.getByRole("option", { name: "Add “Maria Zakharova” as a new person" }).click();
  await form.getByRole("button", { name: "Choose tags" }).click();
  await editor.getByLabel("Find a tag").fill("Next round");
  await editor.getByRole("button", { name: "Create tag “Next round”" }).click();
  await expect(editor.getByRole("checkbox", { name: "Next round" })).toBeChecked();
  await editor.keyboard.press("Escape");
  await form.getByRole("radio", { name: /Probably true/ }).click();
  await form.getByLabel("Rationale").fill("Two officials said so on the record.");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form).toBeHidden();

  const panel = editor.getByRole("list", { name: "Claims in this article" });
  await expect(
    panel.getByRole("button", { name: "The next round of talks will be in Riyadh.", exact: true }),
  ).toBeVisible();
  await expect(editor.locator("mark")).toHaveText([/Riyadh/]);

  // The viewer, who never reloaded, sees the highlight and the claim arrive; viewers cannot tag.
  await expect(viewer.locator("mark")).toHaveText([/Riyadh/]);
  await expect(
    viewer.getByRole("button", { name: "The next round of talks will be in Riyadh.", exact: true }),
  ).toBeVisible();
  await viewer.getByText("Both sides called the meeting").click({ clickCount: 3 });
  await expect(viewer.getByRole("button", { name: "Tag claim" })).toHaveCount(0);

  // The viewer opens the claim from its highlight and replies with a mention of the editor.
  await viewer.locator("mark").click();
  const sheet = viewer.getByRole("dialog", { name: "Claim" });
  await expect(sheet.getByText("Maria Zakharova (person)")).toBeVisible();
  await expect(sheet.getByRole("img", { name: /Code \?2/ })).toBeVisible();
  const composer = sheet.getByRole("combobox", { name: "Comment" });
  await composer.fill("@Edi");
  await sheet.getByRole("option", { name: team.members.editor.name }).click();
  await composer.press("End");
  await composer.pressSequentially("can you confirm the month?");
  await sheet.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(sheet.getByText("can you confirm the month?")).toBeVisible();

  // The editor is told without reloading, and the inbox leads to the comment.
  await expect(editor.getByRole("link", { name: /Inbox.*1 unread/ })).toBeVisible();
  await editor.getByRole("link", { name: /Inbox/ }).click();
  await editor.getByRole("link", { name: `Unread: ${team.members.viewer.name} mentioned you` }).click();
  await expect(editor).toHaveURL(/\/claims\//);
  await expect(editor.getByText("can you confirm the month?")).toBeVisible();
  await expect(editor.getByRole("link", { name: /Inbox/ })).not.toHaveText(/unread/);

  await editorContext.close();
  await viewerContext.close();
});
