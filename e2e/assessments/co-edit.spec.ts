import { createTeam, expect, signIn, test } from "../fixtures";

test("two editors write an assessment together in real time, and a viewer follows read-only", async ({
  browser,
  request,
}) => {
  const team = await createTeam(request);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [editor, owner, viewer] = await Promise.all(contexts.map((context) => context.newPage()));
  if (!editor || !owner || !viewer) throw new Error("no pages");
  await signIn(editor, team.members.editor);
  await signIn(owner, team.members.owner);
  await signIn(viewer, team.members.viewer);

  // The editor starts one from the four-track template.
  await editor.goto(`/t/${team.team.slug}/assessments`);
  await expect(editor.getByText("No assessments yet")).toBeVisible();
  await editor.getByRole("button", { name: "New assessment" }).click();
  const dialog = editor.getByRole("dialog", { name: "New assessment" });
  await dialog.getByLabel("Title").fill("Istanbul talks: where the tracks stand");
  await dialog.getByRole("radio", { name: /Four-track framework/ }).click();
  await dialog.getByRole("button", { name: "Create and open" }).click();
  await expect(
    editor.getByRole("heading", { level: 1, name: "Istanbul talks: where the tracks stand" }),
  ).toBeVisible();
  const editorText = editor.getByRole("textbox", { name: "Assessment text" });
  await expect(editorText.getByRole("heading", { name: "Restoring diplomatic ties" })).toBeVisible();
  await expect(editor.getByText("All changes saved")).toBeVisible();
  const url = editor.url();

  // The owner and the viewer open it; the owner sees the editor's typing arrive, and vice versa.
  await owner.goto(url);
  await viewer.goto(url);
  const ownerText = owner.getByRole("textbox", { name: "Assessment text" });
  await expect(ownerText.getByRole("heading", { name: "Summary" })).toBeVisible();
  await expect(owner.getByRole("list", { name: "People here" }).getByRole("listitem")).toHaveCount(3);

  await editorText.getByText("The bottom line in two or three sentences.").click();
  await editor.keyboard.press("End");
  await editor.keyboard.type(" Talks resumed in Istanbul.");
  await expect(ownerText.getByText(/Talks resumed in Istanbul\./)).toBeVisible();
  await ownerText.getByText("Where this track stands today, and since when.").first().click();
  await owner.keyboard.press("End");
  await owner.keyboard.type(" Ceasefire talks stalled in March.");
  await expect(editorText.getByText(/Ceasefire talks stalled in March\./)).toBeVisible();
  // Each sees the other's caret with their name.
  await expect(
    editor.locator(".collaboration-carets__label", { hasText: team.members.owner.name }),
  ).toBeVisible();

  // The viewer follows, but cannot type and has no formatting toolbar.
  const viewerText = viewer.getByRole("textbox", { name: "Assessment text" });
  await expect(viewerText.getByText(/Ceasefire talks stalled in March\./)).toBeVisible();
  await expect(viewer.getByText("Read only: viewers follow the text as it is written.")).toBeVisible();
  await expect(viewer.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  await expect(viewerText).toHaveAttribute("contenteditable", "false");

  // Everything is stored: a reload (a new session) finds both sentences.
  await expect(editor.getByText("All changes saved")).toBeVisible();
  await editor.reload();
  await expect(
    editor.getByRole("textbox", { name: "Assessment text" }).getByText(/Talks resumed in Istanbul\./),
  ).toBeVisible();
  await expect(
    editor.getByRole("textbox", { name: "Assessment text" }).getByText(/Ceasefire talks stalled in March\./),
  ).toBeVisible();
  await editor.goto(`/t/${team.team.slug}/assessments`);
  await editor.getByRole("searchbox", { name: "Search assessments" }).fill("ceasefire");
  await expect(editor.getByRole("link", { name: "Istanbul talks: where the tracks stand" })).toBeVisible();

  await Promise.all(contexts.map((context) => context.close()));
});
