import { z } from "zod";

import { AppError } from "@/server/errors";

/** Where the last page of claims ended, in the terms of its sort (timestamps as Postgres text). */
const ZClaimCursor = z.object({
  id: z.uuid(),
  created: z.string().max(64),
  key: z.enum(["", "1", "2", "3", "4", "5", "6"]),
  rank: z.number(),
});
export type ClaimCursor = z.infer<typeof ZClaimCursor>;

/** An opaque, URL-safe page cursor. */
export function encodeClaimCursor(cursor: ClaimCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** Read a cursor back; a tampered one is bad input, not a crash. */
export function decodeClaimCursor(value: string): ClaimCursor {
  try {
    return ZClaimCursor.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
  } catch {
    throw new AppError("INVALID_INPUT", "The page cursor is not valid. Start from the first page.");
  }
}
