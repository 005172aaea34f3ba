import { createTeam, expect, signIn, startAssessment, test, waitForHydration } from "../fixtures";

/**
 * The review starts while an editor's last words are still on their way to the server (held back in
 * the network here, so the race is the same every run): the editor turns read-only, the server
 * refuses the late words, and the editor says they were not saved, shows them with a way to copy
 * them, and shows the text the reviewers see. The owner's screen never gets the refused words.
 */
test("words that reach the server after the review started are shown to their author as not saved", async ({
  browser,
  request,
}) => {
  const team = await createTeam(request);
  const [editorContext, ownerContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  await editorContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  const editor = waitForHydration(await editorContext.newPage());
  const owner = waitForHydration(await ownerContext.newPage());

  // The editor's collaboration socket goes through a relay that can hold the editor's messages.
  let isHolding = false;
  const held: (string | Buffer)[] = [];
  let release = () => undefined as void;
  await editor.routeWebSocket(/\/collab$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (isHolding) held.push(message);
      else server.send(message);
    });
    release = () => {
      isHolding = false;
      for (const message of held.splice(0)) server.send(message);
    };
  });

  await signIn(editor, team.members.editor);
  await signIn(owner, team.members.owner);
  const editorText = await startAssessment(editor, team.team.slug, {
    title: "Late words",
    template: /Key judgments brief/,
  });
  await expect(editorText.getByText("First judgment.")).toBeVisible();
  await editorText.getByText("First judgment.").click();
  await editor.keyboard.press("End");
  await editor.keyboard.type(" Saved before the review.");
  await expect(editor.getByText("All changes saved")).toBeVisible();
  await owner.goto(editor.url());
  const ownerText = owner.getByRole("textbox", { name: "Assessment text" });
  await expect(ownerText.getByText(/Saved before the review\./)).toBeVisible();

  // The next words are typed, but held on their way.
  isHolding = true;
  await editor.keyboard.type(" Typed as the review began.");
  await expect(editor.getByText("Saving…")).toBeVisible();
  // Closing the tab now would lose words the server has not acknowledged: the browser asks first.
  const asked = new Promise<string>((resolve) =>
    editor.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await editor.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(editor.isClosed()).toBe(false);

  // Meanwhile the review starts (the request goes over HTTP, not the held socket).
  await editor.getByRole("button", { name: "Request review" }).click();
  const ask = editor.getByRole("dialog", { name: "Request review" });
  await ask.getByLabel(team.members.owner.name).check();
  await ask.getByRole("button", { name: "Send for review" }).click();
  await expect(editorText).toHaveAttribute("contenteditable", "false");

  // The held words arrive after the lock: refused, and their author is told.
  release();
  const notSaved = editor.getByRole("status").filter({ hasText: "Your last changes were not saved" });
  await expect(notSaved).toBeVisible();
  await expect(notSaved).toContainText("went into review before they reached the server");
  await expect(notSaved.locator("blockquote")).toHaveText(/Typed as the review began\./);
  await notSaved.getByRole("button", { name: "Copy the words" }).click();
  await expect(notSaved.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await editor.evaluate(() => navigator.clipboard.readText())).toContain("Typed as the review began.");

  // Both screens show the text the reviewers see: the saved words, never the refused ones.
  await expect(editorText.getByText(/Saved before the review\./)).toBeVisible();
  await expect(editorText.getByText(/Typed as the review began/)).toHaveCount(0);
  await expect(editor.getByText(/Locked: nobody can change the text/)).toBeVisible();
  await expect(ownerText.getByText(/Typed as the review began/)).toHaveCount(0);
  await notSaved.getByRole("button", { name: "Dismiss" }).click();
  await expect(notSaved).toHaveCount(0);
  await owner.reload();
  await expect(ownerText.getByText(/Saved before the review\./)).toBeVisible();
  await expect(ownerText.getByText(/Typed as the review began/)).toHaveCount(0);

  await Promise.all([editorContext.close(), ownerContext.close()]);
});
