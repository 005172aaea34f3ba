/**
 * Library search at scale: a team with 10,000 and then 100,000 generated articles. Each query is
 * timed through the HTTP API (tRPC over the production server, signed in) and, as the floor, as the
 * same service call straight on the database in this process; the last cases time the one box that
 * searches everything (articles, claims, sources and assessments).
 */
import { and, eq, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { articles, sources } from "@/db/schema";
import { listArticles, type ListArticlesInput } from "@/server/services/articles/list-articles";
import { searchEverything } from "@/server/services/search/search-everything";
import type { Actor } from "@/server/services/context";
import { rateSource } from "@/server/services/sources/rate-source";
import {
  FACTORY_PASSWORD,
  actorOf,
  createSourceFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";

import { benchDatabase } from "./database";
import {
  corpusWords,
  cursorFor,
  ms,
  requireBuild,
  signInCookie,
  startServer,
  timeIt as timeSamples,
} from "./shared";

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
  { label: "q=Darchiyev (rare word)", input: { q: "Darchiyev", limit: 20 } },
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

/** Add generated articles (~300 words each, corpus vocabulary) with one SQL statement per batch. */
async function generate(
  db: Database,
  teamId: string,
  userId: string,
  outletId: string,
  from: number,
  to: number,
  vocabulary: string,
) {
  for (let start = from; start <= to; start += 5000) {
    const end = Math.min(to, start + 4999);
    await db.execute(sql`
      with vocab as (select string_to_array(${vocabulary}, ' ') as w)
      insert into ${articles} (team_id, title, outlet_id, text, blocks, content_hash, word_count, import_method, created_by, created_at, published_at)
      select ${teamId}, 'Generated report ' || g || ': ' || x.title, case when g % 3 = 0 then ${outletId}::uuid else null end,
             x.body, '[]'::jsonb, md5('bench' || g::text) || md5(g::text || 'x'), 300, 'paste', ${userId},
             now() - make_interval(secs => g), timestamp '2025-01-01' + make_interval(days => g % 365)
      from generate_series(${start}::int, ${end}::int) g
      cross join lateral (
        select string_agg((select w from vocab)[1 + floor(random() * array_length((select w from vocab), 1))::int], ' ') filter (where s <= 6) as title,
               string_agg((select w from vocab)[1 + floor(random() * array_length((select w from vocab), 1))::int], ' ') as body
        from generate_series(1, 300 + (g % 1)) s
      ) x`);
  }
}

export async function benchSearch(
  sizes = (process.env.SEARCH_SIZES ?? "10000,100000").split(",").map(Number),
): Promise<string> {
  requireBuild();
  const target = benchDatabase();
  const vocabulary = corpusWords().join(" ");
  const lines = [`### Library search (${target.label}, ${SAMPLES} samples per query, after 3 warm-ups)`, ""];
  let handle = await target.open();
  const world = await createTeamWithMembers(handle.db, ["editor", "viewer"]);
  const viewer: Actor = actorOf(world, "viewer");
  const editor = actorOf(world, "editor");
  const outlet = await createSourceFixture(handle.db, editor, { name: "Bench Wire" });
  await rateSource(
    { db: handle.db, actor: editor },
    { sourceId: outlet.id, grade: "C", rationale: "Bench rating." },
  );
  let have = 0;
  try {
    for (const size of sizes) {
      const started = performance.now();
      await generate(handle.db, world.team.id, editor.userId, outlet.id, have + 1, size, vocabulary);
      have = size;
      await handle.db.execute(sql`analyze ${articles}`);
      const [count] = await handle.db
        .select({ value: sql<number>`count(*)::int` })
        .from(articles)
        .where(eq(articles.teamId, world.team.id));
      const [rated] = await handle.db
        .select({ value: sql<number>`count(*)::int` })
        .from(sources)
        .where(and(eq(sources.teamId, world.team.id)));
      lines.push(
        `#### ${Number(count?.value).toLocaleString("en")} articles (generated in ${((performance.now() - started) / 1000).toFixed(0)} s; ${rated?.value} source)`,
        "",
      );

      const direct = new Map<string, { p50: number; p95: number }>();
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
      lines.push("| query | HTTP API p50 | p95 | direct p50 | p95 |", "|---|---|---|---|---|");
      for (const entry of CASES) {
        const a = http.get(entry.label);
        const b = direct.get(entry.label);
        lines.push(
          `| ${entry.label} | ${ms(a?.p50 ?? 0)} | ${ms(a?.p95 ?? 0)} | ${ms(b?.p50 ?? 0)} | ${ms(b?.p95 ?? 0)} |`,
        );
      }
      lines.push("");
      handle = await target.open();
    }
  } finally {
    await handle.close();
    target.cleanup();
  }
  return lines.join("\n");
}
