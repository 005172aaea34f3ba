import { z } from "zod";

import { AppError } from "@/server/errors";

/** Where the last page ended, in every sort's terms (timestamps as Postgres text, lossless). */
const ZCursor = z.object({
  id: z.uuid(),
  rank: z.number(),
  created: z.string().max(64),
  published: z.string().max(64).nullable(),
  title: z.string().max(2000),
});
export type Cursor = z.infer<typeof ZCursor>;

/** An opaque, URL-safe page cursor. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** Read a cursor back; a tampered one is bad input, not a crash. */
export function decodeCursor(value: string): Cursor {
  try {
    return ZCursor.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
  } catch {
    throw new AppError("INVALID_INPUT", "The page cursor is not valid. Start from the first page.");
  }
}
