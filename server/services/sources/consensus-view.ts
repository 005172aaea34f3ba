import { sql, type SQL } from "drizzle-orm";

import { qualifiedId } from "@/db/qualified-id";
import { sourceRatings, sources } from "@/db/schema";
import type { ReliabilityGrade } from "@/lib/scales";

/** A source's consensus as one person may see it (see blind.ts). */
export interface ConsensusView {
  grade: ReliabilityGrade | null;
  spread: number;
  isDisputed: boolean;
  count: number;
  /** True when blind rating hides it until this person rates the source. */
  isHidden: boolean;
}

/** The outer source row's id, qualified (see db/qualified-id.ts). */
export const SOURCE_ID = qualifiedId(sources);

/** SQL: has `userId` rated the source in `sourceColumn`? (For lists; team-scoped by the source row.) */
export function ratedBy(userId: string, sourceColumn: SQL = SOURCE_ID): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${sourceRatings} where ${sourceRatings.sourceId} = ${sourceColumn} and ${sourceRatings.raterId} = ${userId})`;
}

/** The consensus columns of a source row, hidden when blind rating applies and the person has not rated. */
export function consensusView(
  row: {
    consensusGrade: ReliabilityGrade | null;
    consensusSpread: number;
    isDisputed: boolean;
    ratingsCount: number;
  },
  options: { isBlind: boolean; hasRated: boolean },
): ConsensusView {
  const isHidden = options.isBlind && !options.hasRated && row.ratingsCount > 0;
  return isHidden
    ? { grade: null, spread: 0, isDisputed: false, count: row.ratingsCount, isHidden: true }
    : {
        grade: row.consensusGrade,
        spread: row.consensusSpread,
        isDisputed: row.isDisputed,
        count: row.ratingsCount,
        isHidden: false,
      };
}
