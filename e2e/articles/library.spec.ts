import { expect, signIn, test } from "../fixtures";

test("a viewer searches the demo library and reads an article", async ({ page }) => {
  await signIn(page, { email: "viewer@demo.example", password: "istanbul-desk-demo" });
  await page.goto("/t/istanbul-desk/articles");
  await expect(page.getByRole("button", { name: "Attach articles" })).toHaveCount(0);
  const results = page.getByRole("list", { name: "Articles" });
  await expect(results.getByRole("listitem")).toHaveCount(5);

  // A phrase, and an exclusion: of the two articles naming the Consul General, drop the one quoting Markov.
  await page.getByRole("searchbox", { name: "Search articles" }).fill('"Consul General" -Markov');
  await expect(page).toHaveURL(/q=%22Consul\+General%22/);
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.locator("mark").first()).toBeVisible();

  // A phrase of stop words is found as written, in one article, and marked whole; 25-30 typed with a
  // hyphen finds the article that has 25–30 with an en dash.
  await page.getByRole("searchbox", { name: "Search articles" }).fill('"was not up for discussion"');
  await expect(page).toHaveURL(/q=%22was\+not\+up\+for\+discussion%22/);
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByRole("link", { name: /Consul General's residence/ })).toBeVisible();
  await expect(results.locator("mark", { hasText: /^was$/ }).first()).toBeVisible();
  await page.getByRole("searchbox", { name: "Search articles" }).fill("25-30");
  await expect(page).toHaveURL(/q=25-30/);
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByRole("link", { name: /Behind closed doors/ })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search articles" }).fill("Markov");
  // The same article as for 25-30: wait for this search's own list (its marks) before clicking it.
  await expect(page).toHaveURL(/q=Markov/);
  await expect(results.locator("mark", { hasText: "Markov" }).first()).toBeVisible();
  await expect(results.getByRole("link", { name: /Behind closed doors/ })).toBeVisible();
  await results.getByRole("link", { name: /Behind closed doors/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Behind closed doors/ })).toBeVisible();
  await expect(page.getByText("published 10 Apr 2025")).toBeVisible();
  // The demo claims are highlighted in the text and listed beside it; the snapshot is under Details.
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(page.getByRole("tab", { name: /Claims \(5\)/ })).toBeVisible();
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(page.getByText(/^[0-9a-f]{64}$/)).toBeVisible();

  // Filters by the outlet's reliability narrow the list.
  // The view is in the URL, and changing it asks only for the list: the page is not rendered again.
  await page.goto("/t/istanbul-desk/articles");
  await expect(results.getByRole("listitem")).toHaveCount(5);
  const pageRenders: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/t/istanbul-desk/articles" && request.headers()["rsc"])
      pageRenders.push(url.search);
  });
  await page.getByRole("button", { name: "B: Usually reliable" }).click();
  await expect(page).toHaveURL(/grade=B/);
  await expect(results.getByRole("listitem")).toHaveCount(2);
  expect(pageRenders).toEqual([]);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(results.getByRole("listitem")).toHaveCount(5);
});

test("one search from the Overview finds the team's articles, claims, sources and assessments", async ({
  page,
}) => {
  await signIn(page, { email: "viewer@demo.example", password: "istanbul-desk-demo" });
  await page.goto("/t/istanbul-desk");
  await page.getByRole("searchbox", { name: "Search everything" }).fill("Darchiyev");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/t\/istanbul-desk\/search\?q=Darchiyev/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Articles" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Claims" }).getByRole("link").first()).toBeVisible();
  // A source is named by its kind: the Foreign Ministry is a government body, not a person.
  await page.getByRole("searchbox", { name: "Search everything" }).fill("Foreign Ministry");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const sources = page.getByRole("list", { name: "Sources" });
  await expect(sources.getByRole("listitem").filter({ hasText: "Russian Foreign Ministry" })).toContainText(
    "Government body",
  );
  // A word no one wrote says so, with the form still there to try again.
  await page.getByRole("searchbox", { name: "Search everything" }).fill("zzqxv");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Nothing matches" })).toBeVisible();
});
