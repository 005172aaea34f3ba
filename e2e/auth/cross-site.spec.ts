import { createUser, expect, signIn, test } from "../fixtures";

/**
 * A page of another site cannot make a signed-in person's browser change anything: a mutation whose
 * Origin is not the app's is refused before it runs, even with the session cookie attached.
 */
test("a mutation sent from another site is refused, and nothing changes", async ({ page, request }) => {
  const user = await createUser(request);
  await signIn(page, user);
  const create = (origin: string) =>
    page.request.post("/api/trpc/teams.create", {
      headers: { origin, "content-type": "application/json" },
      data: { json: { name: "Planted by another site", slug: `planted-${Date.now()}` } },
    });
  const foreign = await create("https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: { json: { message: string } } }).error.json.message).toBe(
    "This request came from another site and was refused.",
  );
  await page.goto("/teams");
  await expect(page.getByText("Planted by another site")).toHaveCount(0);
  // The same call from the app's own origin goes through.
  const own = await create(new URL(page.url()).origin);
  expect(own.status()).toBe(200);
});
