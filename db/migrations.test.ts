import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { queryRows } from "@/db";
import { setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

describe("migrations", () => {
  it("create every table of the schema", async () => {
    const rows = await queryRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["users", "teams", "memberships", "invitations", "sign_in_attempts"]),
    );
  });

  it("make pg_trgm available", async () => {
    const rows = await queryRows<{ score: number }>(
      t.db,
      sql`select similarity('News.Az', 'news.az') as score`,
    );
    expect(Number(rows[0]?.score)).toBe(1);
  });
});
