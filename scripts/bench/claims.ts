/**
 * Claims at scale. (1) The reader of an article with 500 claims: the server time for its data
 * (claims.listByArticle) through the HTTP API and straight on the database, and the time until the
 * highlights are painted in Chromium. (2) The Claims page at CLAIM_COUNT (default 1,000,000) generated
 * claims: each query through the HTTP API beside the same service call on the database (the floor).
 */
import { chromium } from "@playwright/test";
import { sql } from "drizzle-orm";

import { chromiumPath } from "@/scripts/find-chromium.mjs";
import type { Database } from "@/db";
import { articles, claims, claimTags } from "@/db/schema";
import { createClaim } from "@/server/services/claims/create-claim";
import { listArticleClaims } from "@/server/services/claims/list-article-claims";
import { listClaims, type ListClaimsInput } from "@/server/services/claims/list-claims";
import { rateClaim } from "@/server/services/claims/rate-claim";
import type { Actor } from "@/server/services/context";
import { rateSource } from "@/server/services/sources/rate-source";
import {
  FACTORY_PASSWORD,
  actorOf,
  createArticleFixture,
  createSourceFixture,
  createTagFixture,
  createTeamWithMembers,
} from "@/server/testing/factories";

import { benchDatabase } from "./database";
import {
  corpusWords,
  cursorFor,
  ms,
  percentile,
  requireBuild,
  signInCookie,
  startServer,
  timeIt,
  trpcQuery,
} from "./shared";

const SAMPLES = Number(process.env.SAMPLES ?? 40);
const PAINT_SAMPLES = Number(process.env.PAINT_SAMPLES ?? 10);
const CLAIM_COUNT = Number(process.env.CLAIM_COUNT ?? 1_000_000);
const READER_CLAIMS = 500;
const PORT = 3292;

interface Case {
  label: string;
  input: (ids: { tagId: string; speakerId: string }) => Omit<ListClaimsInput, "cursor">;
  deepPage?: number;
}

const CASES: Case[] = [
  { label: "newest first, no filter", input: () => ({ limit: 25 }) },
  { label: "page 41 of newest (cursor)", input: () => ({ limit: 25 }), deepPage: 40 },
  { label: "q=embassy (common word), best match", input: () => ({ q: "embassy", limit: 25 }) },
  { label: "q=Darchiyev (rare word)", input: () => ({ q: "Darchiyev", limit: 25 }) },
  { label: "tag (30% of claims)", input: ({ tagId }) => ({ tagIds: [tagId], limit: 25 }) },
  { label: "status unresolved", input: () => ({ status: ["unresolved"], limit: 25 }) },
  { label: "code C2", input: () => ({ code: { reliability: "C", credibility: "2" }, limit: 25 }) },
  { label: "has contradictions", input: () => ({ hasContradictions: true, limit: 25 }) },
  { label: "speaker", input: ({ speakerId }) => ({ speakerId, limit: 25 }) },
  { label: "best credibility first", input: () => ({ sort: "credibility", limit: 25 }) },
];

/** A long article (~200 paragraphs of corpus words) for the 500-claim reader. */
function longText(words: string[]): string {
  const paragraphs: string[] = ["Reader benchmark"];
  for (let p = 0; p < 200; p++) {
    const length = 40 + (p % 30);
    const start = (p * 97) % Math.max(1, words.length - length);
    paragraphs.push(`${words.slice(start, start + length).join(" ")}.`);
  }
  return paragraphs.join("\n\n");
}

/** 500 claims over the article: overlapping and nested passages, a third with a second rating. */
async function tagReaderArticle(db: Database, editor: Actor, owner: Actor, articleId: string, tagId: string) {
  const [row] = await db
    .select({ text: articles.text })
    .from(articles)
    .where(sql`${articles.id} = ${articleId}`);
  const text = row?.text ?? "";
  for (let index = 0; index < READER_CLAIMS; index++) {
    const start = Math.floor((index / READER_CLAIMS) * (text.length - 300)) + (index % 7) * 3;
    const end = start + 30 + ((index * 37) % 250);
    const created = await createClaim(
      { db, actor: editor },
      {
        articleId,
        start,
        end,
        quote: text.slice(start, end),
        statement: `Reader claim ${index}: ${text.slice(start, start + 60)}`,
        type: "fact",
        tagIds: index % 3 === 0 ? [tagId] : [],
        rating: { level: "3", rationale: "Bench." },
      },
    );
    if (index % 3 === 0)
      await rateClaim({ db, actor: owner }, { claimId: created.id, level: "2", rationale: "Bench." });
  }
}

/**
 * Generate `count` claims spread over generated articles (500 per article), by SQL in batches: random
 * statements from the corpus vocabulary, statuses, credibility, a tag on 30%, contradictions on 1%.
 */
async function generateClaims(
  db: Database,
  ids: { teamId: string; userId: string; outletId: string; speakerId: string; tagId: string },
  count: number,
  vocabulary: string,
) {
  const articleCount = Math.ceil(count / 500);
  await db.execute(sql`
    insert into ${articles} (team_id, title, outlet_id, text, blocks, content_hash, word_count, import_method, created_by)
    select ${ids.teamId}, 'Claims bench article ' || g, ${ids.outletId}, 'Claims bench article ' || g, '[]'::jsonb,
           md5('claims-bench' || g::text) || md5(g::text), 4, 'paste', ${ids.userId}
    from generate_series(1, ${articleCount}::int) g`);
  for (let start = 1; start <= count; start += 20_000) {
    const end = Math.min(count, start + 19_999);
    await db.execute(sql`
      with vocab as (select string_to_array(${vocabulary}, ' ') as w),
      bench_articles as (
        select id, row_number() over (order by id) as n from ${articles}
        where team_id = ${ids.teamId} and title like 'Claims bench article %'
      )
      insert into ${claims} (team_id, article_id, quote, prefix, suffix, start_offset, end_offset, statement,
                             speaker_id, type, status, credibility, credibility_spread, is_disputed, ratings_count,
                             contradictions_count, created_by, created_at)
      select ${ids.teamId}, a.id, x.words, '', '', 0, 10, x.words,
             case when g % 50 = 0 then ${ids.speakerId}::uuid else null end,
             (array['fact','quote','opinion','prediction','figure'])[1 + g % 5]::claim_type,
             (array['open','corroborated','contradicted','unresolved'])[1 + g % 4]::claim_status,
             case when g % 7 = 0 then null else (1 + g % 6)::text::credibility_level end,
             0, false, case when g % 7 = 0 then 0 else 1 end,
             case when g % 100 = 0 then 1 else 0 end,
             ${ids.userId}, now() - make_interval(secs => g)
      from generate_series(${start}::int, ${end}::int) g
      join bench_articles a on a.n = 1 + (g - 1) / 500
      cross join lateral (
        select string_agg((select w from vocab)[1 + floor(random() * array_length((select w from vocab), 1))::int], ' ') as words
        from generate_series(1, 12 + (g % 1)) s
      ) x`);
  }
  await db.execute(sql`
    insert into ${claimTags} (team_id, claim_id, tag_id)
    select team_id, id, ${ids.tagId} from ${claims}
    where team_id = ${ids.teamId} and abs(hashtext(id::text)) % 10 < 3
    on conflict do nothing`);
  await db.execute(sql`analyze`);
}

/** The API takes the combined code as text ("C2"); the service as its two halves. */
function asHttpInput(input: Omit<ListClaimsInput, "cursor">) {
  const { code, ...rest } = input;
  return code ? { ...rest, code: `${code.reliability}${code.credibility}` } : rest;
}

function table(
  lines: string[],
  rows: { label: string; http?: { p50: number; p95: number }; direct?: { p50: number; p95: number } }[],
) {
  lines.push("| query | HTTP API p50 | p95 | direct p50 | p95 |", "|---|---|---|---|---|");
  for (const row of rows)
    lines.push(
      `| ${row.label} | ${ms(row.http?.p50 ?? 0)} | ${ms(row.http?.p95 ?? 0)} | ${ms(row.direct?.p50 ?? 0)} | ${ms(row.direct?.p95 ?? 0)} |`,
    );
  lines.push("");
}

export async function benchClaims(): Promise<string> {
  requireBuild();
  const target = benchDatabase();
  const words = corpusWords();
  const lines = [`### Claims (${target.label}, ${SAMPLES} samples per query after 3 warm-ups)`, ""];
  const handle = await target.open();
  const world = await createTeamWithMembers(handle.db, ["owner", "editor", "viewer"]);
  const editor = actorOf(world, "editor");
  const owner = actorOf(world, "owner");
  const viewer = actorOf(world, "viewer");
  const outlet = await createSourceFixture(handle.db, editor, { name: "Claims Bench Wire" });
  await rateSource(
    { db: handle.db, actor: editor },
    { sourceId: outlet.id, grade: "C", rationale: "Bench." },
  );
  const speaker = await createSourceFixture(handle.db, editor, { name: "Bench Speaker", kind: "person" });
  const tag = await createTagFixture(handle.db, editor, { name: "Bench track" });
  const reader = await createArticleFixture(handle.db, editor, {
    title: "Reader benchmark",
    text: longText(words),
  });
  let started = performance.now();
  await tagReaderArticle(handle.db, editor, owner, reader.id, tag.id);
  lines.push(
    `500 claims tagged through the service in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    "",
  );
  const readerDirect = await timeIt(
    () => listArticleClaims({ db: handle.db, actor: viewer }, { articleId: reader.id }),
    SAMPLES,
  );

  started = performance.now();
  await generateClaims(
    handle.db,
    {
      teamId: world.team.id,
      userId: editor.userId,
      outletId: outlet.id,
      speakerId: speaker.id,
      tagId: tag.id,
    },
    CLAIM_COUNT,
    words.join(" "),
  );
  const [total] = await handle.db
    .select({ value: sql<number>`count(*)::int` })
    .from(claims)
    .where(sql`${claims.teamId} = ${world.team.id}`);
  lines.push(
    `${Number(total?.value).toLocaleString("en")} claims in the team (generated in ${((performance.now() - started) / 1000).toFixed(0)} s).`,
    "",
  );
  const filterIds = { tagId: tag.id, speakerId: speaker.id };
  const direct = new Map<string, { p50: number; p95: number }>();
  for (const entry of CASES) {
    const run = (cursor?: string) =>
      listClaims({ db: handle.db, actor: viewer }, { ...entry.input(filterIds), cursor });
    const cursor = entry.deepPage ? await cursorFor(run, entry.deepPage) : undefined;
    direct.set(entry.label, await timeIt(() => run(cursor), SAMPLES));
  }
  await handle.close();

  const server = await startServer(PORT, target.server);
  const http = new Map<string, { p50: number; p95: number }>();
  let readerHttp = { p50: 0, p95: 0 };
  const paint: number[] = [];
  let marks = 0;
  try {
    const cookie = await signInCookie(server.base, world.members.viewer.email, FACTORY_PASSWORD);
    readerHttp = await timeIt(
      () =>
        trpcQuery(server.base, cookie, "claims.listByArticle", {
          teamSlug: world.team.slug,
          articleId: reader.id,
        }),
      SAMPLES,
    );
    for (const entry of CASES) {
      const run = (cursor?: string) =>
        trpcQuery<{ nextCursor: string | null }>(server.base, cookie, "claims.list", {
          teamSlug: world.team.slug,
          ...asHttpInput(entry.input(filterIds)),
          cursor,
        });
      const cursor = entry.deepPage ? await cursorFor(run, entry.deepPage) : undefined;
      http.set(entry.label, await timeIt(() => run(cursor), SAMPLES));
    }
    const browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const context = await browser.newContext();
      const url = new URL(server.base);
      await context.addCookies(
        cookie.split("; ").map((pair) => {
          const [name = "", ...value] = pair.split("=");
          return { name, value: value.join("="), domain: url.hostname, path: "/" };
        }),
      );
      const page = await context.newPage();
      const articleUrl = `${server.base}/t/${world.team.slug}/articles/${reader.id}`;
      for (let sample = 0; sample < PAINT_SAMPLES + 1; sample++) {
        const begin = performance.now();
        await page.goto(articleUrl, { waitUntil: "commit" });
        await page.waitForFunction(() => document.querySelectorAll("mark[data-claim-ids]").length > 0);
        // Painted: the frame after the marks are in the document.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        if (sample > 0) paint.push(performance.now() - begin);
        marks = await page.locator("mark[data-claim-ids]").count();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    target.cleanup();
  }

  lines.push(`#### Reader: one article with ${READER_CLAIMS} claims (${marks} highlighted segments)`, "");
  table(lines, [
    { label: "claims.listByArticle (all 500 with tags and codes)", http: readerHttp, direct: readerDirect },
  ]);
  lines.push(
    `Time from navigation until the highlights are painted in Chromium (server-rendered page, ${PAINT_SAMPLES} loads after one warm-up): p50 ${ms(percentile(paint, 50))}, p95 ${ms(percentile(paint, 95))}.`,
    "",
    `#### Claims page at ${Number(total?.value).toLocaleString("en")} claims`,
    "",
  );
  table(
    lines,
    CASES.map((entry) => ({
      label: entry.label,
      http: http.get(entry.label),
      direct: direct.get(entry.label),
    })),
  );
  return lines.join("\n");
}
