import {
  createTeamWithCitableClaim,
  expect,
  signIn,
  startAssessment,
  test,
  waitForHydration,
} from "../fixtures";

test("under the owner's rule of nothing open, a draft with open findings cannot be sent for review, and the dialog says why", async ({
  browser,
  request,
}) => {
  const { team } = await createTeamWithCitableClaim(request);
  const [ownerContext, editorContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const owner = waitForHydration(await ownerContext.newPage());
  const editor = waitForHydration(await editorContext.newPage());
  await signIn(owner, team.members.owner);
  await signIn(editor, team.members.editor);

  await owner.goto(`/t/${team.team.slug}/team`);
  const rule = owner.getByRole("switch", { name: "Nothing open before review" });
  await expect(rule).not.toBeChecked();
  await rule.click();
  await expect(owner.getByText("Drafts now go to review only with nothing open.")).toBeVisible();
  await owner.reload();
  await expect(owner.getByRole("switch", { name: "Nothing open before review" })).toBeChecked();

  await startAssessment(editor, team.team.slug, {
    title: "Embassy outlook",
    template: /Key judgments brief/,
  });
  await editor.getByRole("button", { name: "Request review" }).click();
  const ask = editor.getByRole("dialog", { name: "Request review" });
  const notice = ask.getByRole("alert").filter({ hasText: "Resolve what is open first" });
  await expect(notice).toContainText(
    "This team sends for review and publishes only a text with nothing open, and this one has 9 open findings in Checks and 6 template sentences still in the text.",
  );
  await ask.getByLabel(team.members.owner.name).check();
  await expect(ask.getByRole("button", { name: "Send for review" })).toBeDisabled();
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(editor.getByText("Draft. Send it for review when it is ready.")).toBeVisible();

  await Promise.all([ownerContext.close(), editorContext.close()]);
});
