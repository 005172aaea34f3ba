import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

const PATCHED = Symbol.for("analyst-workspace.e2e.hydrated");

/**
 * Make `goto` and `reload` wait until React has hydrated the page (see HydrationMark), so a test
 * never clicks a server-rendered button before it does anything: what a person waits for by eye.
 */
export function waitForHydration(page: Page): Page {
  const marked = page as Page & { [PATCHED]?: true };
  if (marked[PATCHED]) return page;
  marked[PATCHED] = true;
  const hydrated = () => page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await hydrated();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await hydrated();
    return response;
  };
  return page;
}

/** Playwright's test, with pages that wait for hydration after navigating. */
export const test = base.extend({
  page: async ({ page }, provide) => {
    await provide(waitForHydration(page));
  },
});
export { expect };

/** What the app's fixture endpoint returns (server/testing/factories.ts). */
export interface FixtureUser {
  id: string;
  name: string;
  email: string;
  password: string;
}

export interface FixtureTeam {
  team: { id: string; name: string; slug: string };
  members: Record<"owner" | "editor" | "viewer", FixtureUser>;
}

/** A fresh team with one member per role, made by the same factories as the integration tests. */
export async function createTeam(request: APIRequestContext): Promise<FixtureTeam> {
  const response = await request.post("/__e2e/fixtures", { data: { kind: "team" } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as FixtureTeam;
}

/** A fresh user in no team. */
export async function createUser(request: APIRequestContext): Promise<FixtureUser> {
  const response = await request.post("/__e2e/fixtures", { data: { kind: "user" } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as FixtureUser;
}

/** Sign in through the sign-in page, as a person would. */
export async function signIn(page: Page, user: { email: string; password: string }, path = "/sign-in") {
  waitForHydration(page);
  await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The error message in an alert (Next's route announcer is also role=alert, so match by text). */
export function alertWith(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

/** An article attached to the team by its editor, through the real import path. */
export async function createArticle(
  request: APIRequestContext,
  team: FixtureTeam,
  article: { title: string; text: string },
): Promise<{ id: string; title: string }> {
  const response = await request.post("/__e2e/fixtures", {
    data: { kind: "article", teamId: team.team.id, userId: team.members.editor.id, ...article },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; title: string };
}

/** A claim tagged by the team's editor on `phrase` of the article, through the real service. */
export async function createClaim(
  request: APIRequestContext,
  team: FixtureTeam,
  claim: { articleId: string; phrase: string; statement: string },
): Promise<{ id: string; statement: string }> {
  const response = await request.post("/__e2e/fixtures", {
    data: { kind: "claim", teamId: team.team.id, userId: team.members.editor.id, ...claim },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; statement: string };
}

/** A tag of the team, made by its editor. */
export async function createTag(request: APIRequestContext, team: FixtureTeam, name: string) {
  const response = await request.post("/__e2e/fixtures", {
    data: { kind: "tag", teamId: team.team.id, userId: team.members.editor.id, name },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; name: string };
}

/** Version 1 of an assessment citing `claimId`: written and published by the editor, approved by the owner. */
export async function createPublishedAssessment(
  request: APIRequestContext,
  team: FixtureTeam,
  claimId: string,
) {
  const response = await request.post("/__e2e/fixtures", {
    data: {
      kind: "published-assessment",
      teamId: team.team.id,
      userId: team.members.editor.id,
      reviewerId: team.members.owner.id,
      claimId,
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; title: string };
}

/** A fresh team whose editor has tagged one claim to cite: the embassy-staffing report. */
export async function createTeamWithCitableClaim(request: APIRequestContext) {
  const team = await createTeam(request);
  const article = await createArticle(request, team, {
    title: "Embassy report",
    text: "Embassy report\n\nBoth sides agreed to restore embassy staffing within months, officials said.",
  });
  const claim = await createClaim(request, team, {
    articleId: article.id,
    phrase: "Both sides agreed to restore embassy staffing within months",
    statement: "Both sides agreed to restore embassy staffing.",
  });
  return { team, article, claim };
}

/**
 * Start an assessment from the Assessments page, as a person would (New assessment → title →
 * template → Create and open), and wait until its editor is there. Returns the editor's text box.
 */
export async function startAssessment(
  page: Page,
  teamSlug: string,
  { title, template }: { title: string; template: RegExp },
) {
  await page.goto(`/t/${teamSlug}/assessments`);
  await page.getByRole("button", { name: "New assessment" }).click();
  const dialog = page.getByRole("dialog", { name: "New assessment" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("radio", { name: template }).click();
  await dialog.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.getByRole("textbox", { name: "Assessment text" });
}
