/**
 * Library search at scale: a team with 10,000 and then 100,000 generated articles of 300–3,000
 * words (./corpus: the demo's word frequencies on ten subjects, with a long tail of names). Each
 * query is timed three ways: through the HTTP API (tRPC over the production server, signed in); as
 * the same service call straight on the database in this process; and as the raw SQL, the very
 * statements the service sent, replayed on the driver without Drizzle or the service. The last
 * cases time the one box that searches everything (articles, claims, sources and assessments).
 */
import { and, eq, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { articles, memberships, sources, teams, users } from "@/db/schema";
import { textSearch } from "@/server/services/search/text-search";
import {
  ARTICLE_VECTORS,
  listArticles,
  type ListArticlesInput,
} from "@/server/services/articles/list-articles";
import { searchEverything } from "@/server/services/search/search-everything";
import type { Actor } from "@/server/services/context";
import { rateSource } from "@/server/services/sources/rate-source";
import {
  FACTORY_PASSWORD,
  actorOf,
  createSourceFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";

import { tailWord } from "./corpus";
import { benchDatabase } from "./database";
import { generateArticles } from "./library";
import { cursorFor, ms, requireBuild, signInCookie, startServer, timeIt as timeSamples } from "./shared";

const SAMPLES = Number(process.env.SAMPLES ?? 40);
const PORT = 3291;
const timeIt = (run: () => Promise<unknown>) => timeSamples(run, SAMPLES);

interface Case {
  label: string;
  input: Omit<ListArticlesInput, "cursor">;
  /** Walk this many pages first and time the next one. */
  deepPage?: number;
  /** The procedure timed: the library's list (default), or the one box for everything. */
  procedure?: "articles.list" | "search.everything";
}

/** A name of the generated long tail found in ~150 of 100,000 articles (rank 2,000 of 200,000). */
const RARE = tailWord(2000);

const CASES: Case[] = [
  { label: "newest first, no query", input: { limit: 20 } },
  { label: "page 51 of newest (cursor)", input: { limit: 20 }, deepPage: 50 },
  { label: "q=embassy (common word), best match", input: { q: "embassy", limit: 20 } },
  { label: "q=embassy, newest first", input: { q: "embassy", sort: "attached", limit: 20 } },
  { label: 'q="diplomatic missions" (phrase)', input: { q: '"diplomatic missions"', limit: 20 } },
  {
    label: 'q="was not up for discussion" (stop words)',
    input: { q: '"was not up for discussion"', limit: 20 },
  },
  { label: "q=sanctions -ukraine", input: { q: "sanctions -ukraine", limit: 20 } },
  { label: "q=ceasefire OR banking", input: { q: "ceasefire OR banking", limit: 20 } },
  { label: `q=${RARE} (rare word)`, input: { q: RARE, limit: 20 } },
  { label: "outlet reliability C, newest", input: { reliability: ["C"], limit: 20 } },
  {
    label: "search everything: q=embassy",
    input: { q: "embassy", limit: 5 },
    procedure: "search.everything",
  },
  {
    label: 'search everything: q="diplomatic missions"',
    input: { q: '"diplomatic missions"', limit: 5 },
    procedure: "search.everything",
  },
];

/**
 * SEARCH_REUSE=1: the library an earlier run of this bench left in the database (the team whose
 * "Bench Wire" has the most articles), to time a change without generating it again.
 */
async function earlierLibrary(db: Database) {
  const [found] = await db
    .select({ teamId: sources.teamId, outletId: sources.id, count: sql<number>`count(${articles.id})::int` })
    .from(sources)
    .innerJoin(articles, eq(articles.teamId, sources.teamId))
    .where(eq(sources.name, "Bench Wire"))
    .groupBy(sources.teamId, sources.id)
    .orderBy(sql`count(${articles.id}) desc`)
    .limit(1);
  if (!found) return null;
  const [team] = await db.select().from(teams).where(eq(teams.id, found.teamId));
  const people = await db
    .select({ role: memberships.role, id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, found.teamId));
  const member = (role: "editor" | "viewer") => {
    const person = people.find((row) => row.role === role);
    if (!person) throw new Error(`the earlier bench team has no ${role}`);
    return { id: person.id, name: person.name, email: person.email, password: FACTORY_PASSWORD };
  };
  if (!team) return null;
  return {
    world: { team, members: { editor: member("editor"), viewer: member("viewer") } },
    outlet: { id: found.outletId },
    articles: Number(found.count),
  };
}

/** How many of the team's live articles a query matches (what each case is up against). */
async function matching(db: Database, teamId: string, q: string | undefined): Promise<number> {
  const search = textSearch(q, ARTICLE_VECTORS);
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(articles)
    .where(and(eq(articles.teamId, teamId), sql`${articles.deletedAt} is null`, search?.matches));
  return Number(row?.value ?? 0);
}

export async function benchSearch(
  sizes = (process.env.SEARCH_SIZES ?? "10000,100000").split(",").map(Number),
): Promise<string> {
  requireBuild();
  const target = benchDatabase();
  const lines = [`### Library search (${target.label}, ${SAMPLES} samples per query, after 3 warm-ups)`, ""];
  // Every statement the service sends while `recording` is set, to replay as raw SQL.
  let recording: { text: string; params: unknown[] }[] | null = null;
  const open = () =>
    target.open((text, params) => {
      recording?.push({ text, params });
    });
  let handle = await open();
  const earlier = process.env.SEARCH_REUSE === "1" ? await earlierLibrary(handle.db) : null;
  const world = earlier?.world ?? (await createTeamWithMembers(handle.db, ["editor", "viewer"]));
  const viewer: Actor = actorOf(world, "viewer");
  const editor = actorOf(world, "editor");
  const outlet = earlier?.outlet ?? (await createSourceFixture(handle.db, editor, { name: "Bench Wire" }));
  if (!earlier)
    await rateSource(
      { db: handle.db, actor: editor },
      { sourceId: outlet.id, grade: "C", rationale: "Bench rating." },
    );
  let have = earlier?.articles ?? 0;
  try {
    for (const size of sizes) {
      const started = performance.now();
      if (size > have)
        await generateArticles(handle.db, world.team.id, editor.userId, outlet.id, have + 1, size);
      have = Math.max(have, size);
      await handle.db.execute(sql`analyze ${articles}`);
      const [count] = await handle.db
        .select({ value: sql<number>`count(*)::int`, words: sql<number>`avg(${articles.wordCount})::int` })
        .from(articles)
        .where(eq(articles.teamId, world.team.id));
      const [rated] = await handle.db
        .select({ value: sql<number>`count(*)::int` })
        .from(sources)
        .where(and(eq(sources.teamId, world.team.id)));
      lines.push(
        `#### ${Number(count?.value).toLocaleString("en")} articles of ${count?.words} words on average (generated in ${((performance.now() - started) / 1000).toFixed(0)} s; ${rated?.value} source)`,
        "",
      );

      const direct = new Map<string, { p50: number; p95: number }>();
      const raw = new Map<string, { p50: number; p95: number }>();
      const matches = new Map<string, number>();
      for (const entry of CASES) {
        const context = { db: handle.db, actor: viewer };
        const run = async (cursor?: string): Promise<{ nextCursor: string | null }> =>
          entry.procedure === "search.everything"
            ? {
                ...(await searchEverything(context, { q: entry.input.q ?? "", limit: entry.input.limit })),
                nextCursor: null,
              }
            : listArticles(context, { ...entry.input, cursor });
        const cursor = entry.deepPage ? await cursorFor(run, entry.deepPage) : undefined;
        direct.set(entry.label, await timeIt(() => run(cursor)));
        recording = [];
        await run(cursor);
        const statements = recording as { text: string; params: unknown[] }[];
        recording = null;
        const current = handle;
        raw.set(
          entry.label,
          await timeIt(async () => {
            for (const statement of statements) await current.runStatement(statement.text, statement.params);
          }),
        );
        matches.set(entry.label, await matching(handle.db, world.team.id, entry.input.q));
      }
      await handle.close();

      const server = await startServer(PORT, target.server);
      const http = new Map<string, { p50: number; p95: number }>();
      try {
        const cookie = await signInCookie(server.base, world.members.viewer.email, FACTORY_PASSWORD);
        for (const entry of CASES) {
          const run = async (cursor?: string) => {
            const input = encodeURIComponent(
              JSON.stringify({ json: { teamSlug: world.team.slug, ...entry.input, cursor } }),
            );
            const procedure = entry.procedure ?? "articles.list";
            const response = await fetch(`${server.base}/api/trpc/${procedure}?input=${input}`, {
              headers: { cookie },
            });
            if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
            const body = (await response.json()) as {
              result: { data: { json: { nextCursor?: string | null } } };
            };
            return { nextCursor: body.result.data.json.nextCursor ?? null };
          };
          const cursor = entry.deepPage ? await cursorFor(run, entry.deepPage) : undefined;
          http.set(entry.label, await timeIt(() => run(cursor)));
        }
      } finally {
        await server.stop();
      }
      lines.push(
        "| query | articles matching | HTTP API p50 | p95 | service p50 | p95 | raw SQL p50 | p95 | HTTP p95 ÷ raw p95 |",
        "|---|---|---|---|---|---|---|---|---|",
      );
      for (const entry of CASES) {
        const [a, b, c] = [http, direct, raw].map((times) => times.get(entry.label) ?? { p50: 0, p95: 0 });
        lines.push(
          `| ${entry.label} | ${(matches.get(entry.label) ?? 0).toLocaleString("en")} | ${ms(a?.p50 ?? 0)} | ${ms(a?.p95 ?? 0)} | ${ms(b?.p50 ?? 0)} | ${ms(b?.p95 ?? 0)} | ${ms(c?.p50 ?? 0)} | ${ms(c?.p95 ?? 0)} | ${((a?.p95 ?? 0) / Math.max(c?.p95 ?? 1, 0.1)).toFixed(1)}× |`,
        );
      }
      lines.push("");
      handle = await open();
    }
  } finally {
    await handle.close();
    target.cleanup();
  }
  return lines.join("\n");
}
