/**
 * Migrations 0011 (folded, exact search) and 0012 (the word pairs of phrases) on a database that
 * already holds articles, as a team's would: migrate to just before, write articles the old way, then
 * migrate on. On PGlite in memory, or on a
 * scratch database of the Postgres server when TEST_DATABASE_URL is set.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { describe, expect, it } from "vitest";

import { openDatabase, queryRows, type DatabaseHandle } from "@/db";

const MIGRATIONS = path.join(import.meta.dirname, "migrations");

/** A copy of the migrations folder with only those before `tag` in its journal. */
function migrationsBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  if (index < 0) throw new Error(`no migration ${tag}`);
  const entries = journal.entries.slice(0, index);
  for (const entry of entries)
    fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  return dir;
}

async function scratch(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { handle: await openDatabase({ dataDir: "memory://" }), drop: () => Promise.resolve() };
  const name = `migration_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const handle = await openDatabase({ url: scratchUrl.toString() });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

/** Migrate `handle` to just before `tag` and add a team there, as an existing database has. */
async function teamBefore(handle: DatabaseHandle, tag: string): Promise<{ id: string } | undefined> {
  const before = migrationsBefore(tag);
  if (handle.driver === "pglite")
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: before });
  else await migrateNodePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: before });
  const [team] = await queryRows<{ id: string }>(
    handle.db,
    sql`insert into teams (name, slug) values ('Old team', 'old-team') returning id`,
  );
  return team;
}

describe("migration 0011 on a database with articles", () => {
  it("rewrites the search of existing articles, folded and exact, and indexes all three tables again", async () => {
    const { handle, drop } = await scratch();
    try {
      const team = await teamBefore(handle, "0011_exact_search");
      const text = "The date was not up for discussion at the Türkiye talks on 25–30 staff.";
      await handle.db.execute(
        sql`insert into articles (team_id, title, word_count, text, blocks, content_hash, import_method)
            values (${team?.id}, 'Old article', 14, ${text}, '[]'::jsonb, 'old-hash', 'paste')`,
      );
      // The old search could not tell the phrase from the word "discussion".
      const old = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from articles where search_vector @@ websearch_to_tsquery('english', '"was not up for discussion"')`,
      );
      expect(old[0]?.n).toBe(1);

      await handle.migrate();
      const found = (q: string) =>
        queryRows<{ title: string }>(
          handle.db,
          sql`select title from articles where exact_vector @@ phraseto_tsquery('search_exact', search_fold(${q}))`,
        );
      expect(await found("was not up for discussion")).toEqual([{ title: "Old article" }]);
      expect(await found("was up for discussion")).toEqual([]);
      expect(await found("Turkiye talks")).toEqual([{ title: "Old article" }]);
      expect(await found("25-30 staff")).toEqual([{ title: "Old article" }]);
      const stemmed = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from articles where search_vector @@ phraseto_tsquery('search_english', search_fold('discussions'))`,
      );
      expect(stemmed[0]?.n).toBe(1);
      // The stemmed vectors have their GIN index again (0012 replaced those of the exact vectors,
      // which no plan used, by the pairs index).
      const indexes = await queryRows<{ indexname: string }>(
        handle.db,
        sql`select indexname from pg_indexes where tablename in ('articles', 'claims', 'assessments') and indexname like '%vector_idx' order by indexname`,
      );
      expect(indexes.map((row) => row.indexname)).toEqual([
        "articles_search_vector_idx",
        "assessments_search_vector_idx",
        "claims_search_vector_idx",
      ]);
    } finally {
      if (handle.driver === "pglite") await handle.close();
      await drop();
    }
  }, 60_000);
});

describe("migration 0012 on a database with articles", () => {
  it("indexes the word pairs of the articles already there", async () => {
    const { handle, drop } = await scratch();
    try {
      const team = await teamBefore(handle, "0012_search_pairs");
      const articles: [string, string][] = [
        ["Talks", "The date was not up for discussion at the Türkiye talks."],
      ];
      for (const [title, text] of articles)
        await handle.db.execute(
          sql`insert into articles (team_id, title, word_count, text, blocks, content_hash, import_method)
              values (${team?.id}, ${title}, 10, ${text}, '[]'::jsonb, ${title}, 'paste')`,
        );

      await handle.migrate();
      const pairs = await queryRows<{ title: string; pairs: string[] }>(
        handle.db,
        sql`select title, search_pairs(exact_vector) as pairs from articles order by title`,
      );
      expect(pairs.find((row) => row.title === "Talks")?.pairs).toEqual([
        "at the",
        "date was",
        "discussion at",
        "for discussion",
        "not up",
        "talks the",
        "the date",
        "the turkiye",
        "turkiye talks",
        "up for",
        "was not",
      ]);
      const holding = (phrase: string) =>
        queryRows<{ title: string }>(
          handle.db,
          sql`select title from articles where search_pairs(exact_vector) @> search_pairs(to_tsvector('search_exact', search_fold(${phrase}))) order by title`,
        );
      expect(await holding("was not up for discussion")).toEqual([{ title: "Talks" }]);
      expect(await holding("was up for discussion")).toEqual([]);
      const indexes = await queryRows<{ indexname: string }>(
        handle.db,
        sql`select indexname from pg_indexes where indexname like '%exact_pairs_idx' order by indexname`,
      );
      expect(indexes.map((row) => row.indexname)).toEqual([
        "articles_exact_pairs_idx",
        "claims_exact_pairs_idx",
      ]);
    } finally {
      if (handle.driver === "pglite") await handle.close();
      await drop();
    }
  }, 60_000);
});
