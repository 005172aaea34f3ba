import { inArray } from "drizzle-orm";

import type { Database } from "@/db";
import { claims } from "@/db/schema";
import type { CitedClaimSnapshot } from "@/lib/assessments/types";
import { combinedCode } from "@/lib/scales";
import type { Actor } from "@/server/services/context";

import { selectClaimRows } from "../claims/claim-summaries";

/**
 * The cited claims as they stand now, for a version's record: statement, quote, article, outlet and
 * the team's consensus ratings (the reliability half from the speaker when rated, else the outlet,
 * as the combined code is made everywhere). Team-scoped; claims that no longer exist are left out.
 */
export async function snapshotCitedClaims(
  db: Database,
  actor: Actor,
  claimIds: readonly string[],
): Promise<CitedClaimSnapshot[]> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return [];
  const rows = await selectClaimRows(db, actor, inArray(claims.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const reliability =
      row.speakerId !== null && (row.speakerRatings ?? 0) > 0 ? row.speakerGrade : row.outletGrade;
    return [
      {
        claimId: row.id,
        statement: row.statement,
        quote: row.quote,
        code: combinedCode(reliability ?? null, row.credibility),
        credibility: row.credibility,
        reliability: reliability ?? null,
        contradictionsCount: row.contradictionsCount,
        articleId: row.articleId,
        articleTitle: row.articleTitle,
        outletName: row.outletName ?? null,
        publishedAt: row.articlePublishedAt ? new Date(row.articlePublishedAt).toISOString() : null,
      },
    ];
  });
}
