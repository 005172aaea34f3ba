import { readFile } from "node:fs/promises";

import {
  createTeamWithCitableClaim,
  expect,
  signIn,
  startAssessment,
  test,
  waitForHydration,
} from "../fixtures";

test("an editor writes and cites while the owner watches, requests review; the owner approves and publishes; the version is read-only and exports", async ({
  browser,
  request,
}) => {
  const { team, claim } = await createTeamWithCitableClaim(request);
  const [editorContext, ownerContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const editor = waitForHydration(await editorContext.newPage());
  const owner = waitForHydration(await ownerContext.newPage());
  await signIn(editor, team.members.editor);
  await signIn(owner, team.members.owner);

  const editorText = await startAssessment(editor, team.team.slug, {
    title: "Embassy outlook",
    template: /Key judgments brief/,
  });
  await expect(editorText.getByText("First judgment.")).toBeVisible();

  // The owner opens the same document and follows the editor's writing live.
  await owner.goto(editor.url());
  const ownerText = owner.getByRole("textbox", { name: "Assessment text" });
  await expect(ownerText.getByText("First judgment.")).toBeVisible();

  await editorText.getByText("First judgment.").click();
  await editor.keyboard.press("End");
  for (let i = 0; i < "First judgment.".length; i++) await editor.keyboard.press("Backspace");
  await editor.keyboard.type("Embassy staffing will recover this year. ");
  await editor.getByLabel("Likelihood").first().selectOption("likely");
  await editor.getByLabel("Confidence").first().selectOption("moderate");
  await editor.getByRole("button", { name: "Cite a claim" }).click();
  const cite = editor.getByRole("dialog", { name: "Cite a claim" });
  await cite.getByLabel("Find a claim").fill("staffing");
  await cite.getByRole("button", { name: /Cite: Both sides agreed to restore embassy staffing/ }).click();
  await expect(ownerText.getByText(/Embassy staffing will recover this year\./)).toBeVisible();
  await expect(
    ownerText.getByRole("link", { name: /Note 1, code .+: claim “Both sides agreed/ }),
  ).toBeVisible();
  await expect(editor.getByText("All changes saved")).toBeVisible();

  // The editor asks the owner (who has not written in it) to review: the text locks for both.
  await editor.getByRole("button", { name: "Request review" }).click();
  const ask = editor.getByRole("dialog", { name: "Request review" });
  // What is still open is said before it goes: two empty judgments, and the template's other lines.
  await expect(ask.getByRole("status").filter({ hasText: "Still open in the text" })).toContainText(
    "6 open findings in Checks and 5 template sentences still in the text.",
  );
  await ask.getByLabel(team.members.owner.name).check();
  await ask.getByLabel("Note to the reviewers (optional)").fill("Ready for a look.");
  await ask.getByRole("button", { name: "Send for review" }).click();
  await expect(editor.getByText("In review: the text is locked until a reviewer decides.")).toBeVisible();
  await expect(editorText).toHaveAttribute("contenteditable", "false");
  await expect(owner.getByText("In review: the text is locked until a reviewer decides.")).toBeVisible();
  await expect(ownerText).toHaveAttribute("contenteditable", "false");
  // The judgment's menus go with the lock on both open pages, and the status line says why.
  await expect(editorText.getByLabel("Likelihood")).toHaveCount(0);
  await expect(ownerText.getByLabel("Likelihood")).toHaveCount(0);
  await expect(editorText.getByText("likely (55–80%) · moderate confidence")).toBeVisible();
  for (const page of [editor, owner]) {
    await expect(page.getByText(/Locked: nobody can change the text/)).toBeVisible();
    await expect(page.getByText(/viewers follow the text/)).toHaveCount(0);
  }
  // Opened afresh while in review, it says the same to the owner.
  await owner.reload();
  await expect(owner.getByText(/Locked: nobody can change the text/)).toBeVisible();
  await expect(owner.getByText(/viewers follow the text/)).toHaveCount(0);
  // The editor wrote it, so the editor is offered no approval.
  await expect(editor.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // The owner approves and publishes version 1.
  await owner.getByRole("button", { name: "Approve" }).click();
  await expect(
    owner.getByText("Approved: ready to publish as version 1. The text stays locked."),
  ).toBeVisible();
  await owner.getByRole("button", { name: "Publish version 1" }).click();
  await expect(owner.getByRole("alertdialog")).toContainText("6 open findings in Checks");
  await owner.getByRole("alertdialog").getByRole("button", { name: "Publish version 1" }).click();
  await expect(owner.getByText("Version 1 published")).toBeVisible();

  // The draft unlocks for the next version, on the editor's screen too.
  await expect(editorText).toHaveAttribute("contenteditable", "true");
  await expect(editorText.getByLabel("Likelihood").first()).toBeVisible();
  await editorText.getByText(/Embassy staffing will recover this year\./).click();
  await editor.keyboard.press("End");
  await editor.keyboard.type(" Talks continue in Riyadh.");
  await expect(editor.getByText("All changes saved")).toBeVisible();

  // The published version is read-only, with its note and the names of who approved it.
  await owner.getByRole("link", { name: "Read version 1" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Embassy outlook" })).toBeVisible();
  await expect(owner.getByText(`approved by ${team.members.owner.name}`)).toBeVisible();
  await expect(owner.getByText(/Embassy staffing will recover this year\./)).toBeVisible();
  await expect(owner.getByText("Talks continue in Riyadh.")).toHaveCount(0);
  await expect(owner.getByRole("textbox", { name: "Assessment text" })).toHaveCount(0);
  await expect(owner.getByRole("group", { name: "Key judgment" }).first()).toContainText("likely (55–80%)");
  await expect(
    owner.getByRole("region", { name: "Notes" }).getByText(/Both sides agreed to restore embassy staffing\./),
  ).toBeVisible();

  // The export downloads as Markdown with the judgment and its note.
  const downloading = owner.waitForEvent("download");
  await owner.getByRole("button", { name: "Export Markdown" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("embassy-outlook-v1.md");
  const markdown = await readFile(await download.path(), "utf8");
  expect(markdown).toContain("# Embassy outlook");
  expect(markdown).toContain(
    "**Key judgment** (likely (55–80%); moderate confidence): Embassy staffing will recover",
  );
  expect(markdown).toContain("[^1]: Both sides agreed to restore embassy staffing.");
  expect(markdown).not.toContain("Riyadh");

  // The print page carries the same text, ready to save as PDF.
  await owner.goto(`${owner.url().replace(/\/versions\/1$/, "")}/print?version=1`);
  await expect(owner.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  // On screen too it is the document alone, without the app's sidebar.
  await expect(owner.getByRole("navigation", { name: "Team sections" })).toHaveCount(0);
  await expect(owner.getByText(/Embassy staffing will recover this year\./)).toBeVisible();

  // The team's Published feed lists it; the comparison with the draft shows the new sentence.
  await owner.goto(`/t/${team.team.slug}/assessments/published`);
  await expect(
    owner.getByRole("list", { name: "Published versions" }).getByRole("link", { name: "Embassy outlook" }),
  ).toBeVisible();
  await owner.getByRole("link", { name: "Embassy outlook" }).click();
  await expect(owner.getByText("Read-only")).toBeVisible();
  await owner.goto(`${owner.url().replace(/\/versions\/1$/, "")}/versions`);
  await expect(
    owner
      .getByRole("list", { name: "Published versions" })
      .getByRole("link", { name: "Version 1: Embassy outlook" }),
  ).toBeVisible();
  // The comparison's bare address compares the latest version with the draft; notes read as numbers.
  await owner.goto(`${owner.url().replace(/\/versions$/, "")}/compare`);
  await expect(
    owner.getByRole("heading", { name: "Changes from version 1 to the current draft" }),
  ).toBeVisible();
  const changes = owner.getByRole("list", { name: "Changes" });
  await expect(changes.locator("ins")).toContainText("Riyadh");
  await expect(changes.locator("sup").first()).toHaveText("note 1");
  await expect(changes).not.toContainText("[^");

  // The editor deletes the cited claim: the owner's open version says at once that it needs re-review.
  await owner.goto(owner.url().replace(/\/compare$/, "/versions/1"));
  await expect(owner.getByRole("region", { name: "Needs re-review" })).toHaveCount(0);
  await editor.goto(`/t/${team.team.slug}/claims/${claim.id}`);
  await editor.getByRole("button", { name: "Delete claim" }).click();
  await editor.getByRole("alertdialog").getByRole("button", { name: "Delete claim" }).click();
  await expect(owner.getByRole("region", { name: "Needs re-review" })).toContainText("the claim was deleted");
});
