/**
 * A generated library for the benches that need one: articles of 300–3,000 words from ./corpus,
 * written straight into the table (the import path would take hours at 100,000).
 */
import { sql } from "drizzle-orm";

import type { Database } from "@/db";
import { articles } from "@/db/schema";

import { corpusGenerator } from "./corpus";

/**
 * Add generated articles `from`..`to` (./corpus), 500 to a statement (as one JSON parameter), on two
 * connections at once. The text-search indexes are dropped for the load and built again after it
 * (as a bulk load is done: one build costs a fraction of 100,000 updates), with the same definitions.
 */
export async function generateArticles(
  db: Database,
  teamId: string,
  userId: string,
  outletId: string,
  from: number,
  to: number,
) {
  const indexes = await db
    .select({ name: sql<string>`indexname`, definition: sql<string>`indexdef` })
    .from(sql`pg_indexes`)
    .where(sql`tablename = 'articles' and indexdef like '% USING gin %'`);
  for (const index of indexes) await db.execute(sql.raw(`drop index "${index.name}"`));
  const middle = Math.floor((from + to) / 2);
  await Promise.all([
    load(db, teamId, userId, outletId, from, middle),
    load(db, teamId, userId, outletId, middle + 1, to),
  ]);
  for (const index of indexes)
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
      await tx.execute(sql.raw(index.definition));
    });
}

async function load(
  db: Database,
  teamId: string,
  userId: string,
  outletId: string,
  from: number,
  to: number,
) {
  const generator = corpusGenerator(from);
  for (let start = from; start <= to; start += 500) {
    const rows: { g: number; title: string; body: string; words: number }[] = [];
    for (let g = start; g <= Math.min(to, start + 499); g++) {
      const article = generator.article();
      rows.push({
        g,
        title: `Generated report ${g}: ${article.title}`,
        body: article.body,
        words: article.words,
      });
    }
    await db.execute(sql`
      insert into ${articles} (team_id, title, outlet_id, text, blocks, content_hash, word_count, import_method, created_by, created_at, published_at)
      select ${teamId}, x.title, case when x.g % 3 = 0 then ${outletId}::uuid else null end, x.body, '[]'::jsonb,
             'bench-' || x.g, x.words, 'paste', ${userId}, now() - make_interval(secs => x.g),
             timestamp '2025-01-01' + make_interval(days => x.g % 365)
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(g int, title text, body text, words int)`);
  }
}
