import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";

import { AppError } from "@/server/errors";

/**
 * Page cursors for newest-first feeds (activity, notifications): the last row's timestamp as
 * Postgres text (microseconds, which a JS Date would cut to milliseconds) and its id, so rows written
 * in the same instant are neither repeated nor skipped across a page break.
 */
const ZTimeCursor = z.object({ t: z.string().max(64), id: z.uuid() });

export function encodeTimeCursor(row: { createdAtText: string; id: string }): string {
  return Buffer.from(JSON.stringify({ t: row.createdAtText, id: row.id }), "utf8").toString("base64url");
}

/** The WHERE condition "older than the cursor"; a tampered cursor is bad input, not a crash. */
export function olderThan(cursor: string | undefined, createdAt: PgColumn, id: PgColumn): SQL | undefined {
  if (!cursor) return undefined;
  let parsed: z.infer<typeof ZTimeCursor>;
  try {
    parsed = ZTimeCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("INVALID_INPUT", "The page cursor is not valid. Start from the first page.");
  }
  return sql`(${createdAt}, ${id}) < (${parsed.t}::timestamptz, ${parsed.id}::uuid)`;
}
