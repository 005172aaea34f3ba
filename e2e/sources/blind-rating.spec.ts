import { createTeam, expect, signIn, test, waitForHydration } from "../fixtures";

test("two analysts rate one source blind, then see each other's grades and the dispute", async ({
  browser,
  request,
}) => {
  const { team, members } = await createTeam(request);
  const ownerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  const owner = waitForHydration(await ownerContext.newPage());
  const editor = waitForHydration(await editorContext.newPage());
  await signIn(owner, members.owner);
  await signIn(editor, members.editor);

  // The owner adds the outlet and rates it first.
  await owner.goto(`/t/${team.slug}/sources`);
  await owner.getByRole("button", { name: "Add source" }).click();
  await owner.getByLabel("Name").fill("Harbour Post");
  await owner.getByRole("dialog").getByRole("button", { name: "Add source" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: /Harbour Post/ })).toBeVisible();
  const sourceUrl = owner.url();
  await owner.getByRole("radio", { name: /Usually reliable/ }).click();
  await owner.getByLabel("Rationale").fill("Accurate on the Istanbul talks so far.");
  await owner.getByRole("button", { name: "Save rating" }).click();
  await expect(owner.getByText("B: Usually reliable from 1 rating")).toBeVisible();

  // The editor cannot see it yet: blind rating is on by default.
  await editor.goto(sourceUrl);
  await expect(editor.getByText("1 analyst has rated this source.")).toBeVisible();
  await expect(editor.getByText("Accurate on the Istanbul talks so far.")).toHaveCount(0);
  await expect(editor.getByRole("img", { name: /hidden until you rate/ })).toBeVisible();
  await editor.getByRole("radio", { name: /Not usually reliable/ }).click();
  await editor.getByLabel("Rationale").fill("Repeats official statements without checking them.");
  await editor.getByRole("button", { name: "Save rating" }).click();

  // Having rated, the editor sees both grades, the consensus, and that it is disputed.
  await expect(editor.getByText("Accurate on the Istanbul talks so far.")).toBeVisible();
  await expect(editor.getByText(/D: Not usually reliable from 2 ratings, disputed/)).toBeVisible();
  await owner.reload();
  await expect(owner.getByText("Repeats official statements without checking them.")).toBeVisible();
  await expect(owner.getByRole("img", { name: /Reliability D.*disputed/ }).first()).toBeVisible();

  await ownerContext.close();
  await editorContext.close();
});
