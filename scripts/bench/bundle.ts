/**
 * What each kind of page costs a browser on its first load, from the production build: the demo team
 * on a fresh embedded database, the owner signed in, each page's HTML fetched as a browser would,
 * and the JavaScript its script tags load (gzip-compressed, as served) summed. Printed beside the
 * HTML's own size and whether the HTML carries the page's main text twice (once as markup, once in
 * the React Server Components payload). Budget (issue 11): 200 KB of first-load JavaScript per page.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { eq } from "drizzle-orm";

import { openDatabase } from "@/db";
import { articles, assessments, claims, sources, teams } from "@/db/schema";
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_TEAM } from "@/scripts/seed/demo";
import { seedDemo } from "@/scripts/seed/seed-demo";

import { requireBuild, root, signInCookie, startServer } from "./shared";

const PORT = 3491;
const BUDGET_KB = 200;

/** The demo team's pages, one of each kind, with the text that should appear once on the reader. */
async function demoPages(dataDir: string) {
  const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
  await handle.migrate();
  await seedDemo({ db: handle.db });
  const db = handle.db;
  const [team] = await db
    .select({ id: teams.id, slug: teams.slug })
    .from(teams)
    .where(eq(teams.name, DEMO_TEAM.name));
  if (!team) throw new Error("bundle bench: no demo team");
  const first = async <T>(rows: Promise<T[]>) => {
    const [row] = await rows;
    if (!row) throw new Error("bundle bench: the demo team lacks a row");
    return row;
  };
  const article = await first(
    db
      .select({ id: articles.id, text: articles.text })
      .from(articles)
      .where(eq(articles.teamId, team.id))
      .limit(1),
  );
  const claim = await first(
    db.select({ id: claims.id }).from(claims).where(eq(claims.teamId, team.id)).limit(1),
  );
  const source = await first(
    db.select({ id: sources.id }).from(sources).where(eq(sources.teamId, team.id)).limit(1),
  );
  const assessment = await first(
    db.select({ id: assessments.id }).from(assessments).where(eq(assessments.teamId, team.id)).limit(1),
  );
  await handle.close();
  const t = `/t/${team.slug}`;
  // A sentence from the middle of the article: on the reader it should be in the HTML once.
  const middle = article.text.slice(Math.floor(article.text.length / 2));
  const sentence = /[A-Z][^.\n]{40,120}\./.exec(middle)?.[0] ?? "";
  return {
    sentence,
    pages: [
      ["sign in", "/sign-in", false],
      ["sign up", "/sign-up", false],
      ["teams", "/teams", true],
      ["overview", t, true],
      ["library", `${t}/articles`, true],
      ["reader", `${t}/articles/${article.id}`, true],
      ["claims", `${t}/claims`, true],
      ["claim", `${t}/claims/${claim.id}`, true],
      ["sources", `${t}/sources`, true],
      ["source", `${t}/sources/${source.id}`, true],
      ["assessments", `${t}/assessments`, true],
      ["assessment (editor)", `${t}/assessments/${assessment.id}`, true],
      ["search", `${t}/search?q=embassy`, true],
      ["inbox", `${t}/inbox`, true],
      ["activity", `${t}/activity`, true],
      ["team", `${t}/team`, true],
      ["account", "/account", true],
    ] as [string, string, boolean][],
  };
}

/** Gzip size of a file of the build that a page's script tag names. */
function servedSize(src: string): number {
  const file = path.join(root, ".next", decodeURIComponent(src.replace(/^\/_next/, "").split("?")[0] ?? ""));
  return gzipSync(fs.readFileSync(file)).length;
}

const count = (text: string, part: string) => (part ? text.split(part).length - 1 : 0);

export async function benchBundle(): Promise<string> {
  requireBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "analyst-bundle-"));
  const lines = [
    "### First load per page (demo team, owner signed in; JavaScript gzip as served)",
    "",
    `| page | JavaScript | files | over ${BUDGET_KB} KB by | HTML | HTML gzip |`,
    "|---|---|---|---|---|---|",
  ];
  try {
    const { pages, sentence } = await demoPages(dataDir);
    const server = await startServer(PORT, { dataDir });
    try {
      const cookie = await signInCookie(server.base, DEMO_OWNER.email, DEMO_PASSWORD);
      let readerTwice = 0;
      for (const [label, url, isSignedIn] of pages) {
        const response = await fetch(`${server.base}${url}`, isSignedIn ? { headers: { cookie } } : {});
        const html = await response.text();
        if (response.status !== 200) throw new Error(`${label} (${url}): HTTP ${response.status}`);
        const scripts = [
          ...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] ?? "")),
        ];
        const js = scripts.reduce((sum, src) => sum + servedSize(src), 0) / 1024;
        if (label === "reader") readerTwice = count(html, sentence);
        lines.push(
          `| ${label} | ${js.toFixed(0)} KB | ${scripts.length} | ${js > BUDGET_KB ? `${(js - BUDGET_KB).toFixed(0)} KB` : "within"} | ${(html.length / 1024).toFixed(0)} KB | ${(gzipSync(html).length / 1024).toFixed(0)} KB |`,
        );
      }
      lines.push(
        "",
        `The reader's HTML holds a sentence from the middle of its article ${readerTwice} ${readerTwice === 1 ? "time" : "times"} (1: markup only; 2: markup and the Server Components payload).`,
        "",
      );
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines.join("\n");
}
