/**
 * What changed, since a version was published, in the claims it cites: the reasons a published
 * assessment needs another look. A claim's credibility or its source's reliability going down the
 * scale, or a claim gaining a contradiction. Improvements are not flagged.
 */
import { credibilityRank, isCredibilityLevel, isReliabilityGrade, reliabilityRank } from "@/lib/scales";

/** The part of a cited claim's state that re-review compares. */
export interface CitedClaimState {
  claimId: string;
  statement: string;
  credibility: string | null;
  reliability: string | null;
  contradictionsCount: number;
}

export interface ReReviewFlag {
  claimId: string;
  statement: string;
  /** One sentence per change, e.g. "credibility went from 2 to 4". */
  changes: string[];
}

/** Worse on an ordinal scale: a higher rank, or off the scale ("cannot be judged") from on it. */
function isWorse(before: number | null, after: number | null, afterIsSet: boolean): boolean {
  if (before === null) return false;
  if (after === null) return afterIsSet;
  return after > before;
}

function credibilityWorse(before: string | null, after: string | null): boolean {
  if (!isCredibilityLevel(before)) return false;
  const afterRank = isCredibilityLevel(after) ? credibilityRank(after) : null;
  return isWorse(credibilityRank(before), afterRank, isCredibilityLevel(after));
}

function reliabilityWorse(before: string | null, after: string | null): boolean {
  if (!isReliabilityGrade(before)) return false;
  const afterRank = isReliabilityGrade(after) ? reliabilityRank(after) : null;
  return isWorse(reliabilityRank(before), afterRank, isReliabilityGrade(after));
}

/** Compare each cited claim as published with how it stands now; a claim deleted since is flagged too. */
export function reReviewFlags(
  published: readonly CitedClaimState[],
  current: ReadonlyMap<string, CitedClaimState>,
): ReReviewFlag[] {
  const flags: ReReviewFlag[] = [];
  for (const before of published) {
    const now = current.get(before.claimId);
    const changes: string[] = [];
    if (!now) {
      changes.push("the claim was deleted");
    } else {
      if (credibilityWorse(before.credibility, now.credibility))
        changes.push(`credibility went from ${before.credibility} to ${now.credibility}`);
      if (reliabilityWorse(before.reliability, now.reliability))
        changes.push(`its source's reliability went from ${before.reliability} to ${now.reliability}`);
      if (now.contradictionsCount > before.contradictionsCount) {
        const added = now.contradictionsCount - before.contradictionsCount;
        changes.push(
          added === 1 ? "another claim now contradicts it" : `${added} more claims now contradict it`,
        );
      }
    }
    if (changes.length) flags.push({ claimId: before.claimId, statement: before.statement, changes });
  }
  return flags;
}

/**
 * The flags with the source's grades left out ("its source's reliability was downgraded"): under
 * blind rating an author who has not rated the source must not learn the team's grade from an inbox.
 */
export function withoutGrades(flags: readonly ReReviewFlag[]): ReReviewFlag[] {
  return flags.map((flag) => ({
    ...flag,
    changes: flag.changes.map((text) =>
      text.startsWith("its source's reliability went") ? "its source's reliability was downgraded" : text,
    ),
  }));
}

/** One line naming what changed, for a banner or a notification. */
export function describeFlags(
  flags: readonly ReReviewFlag[],
  options: { hideReliability?: boolean } = {},
): string {
  return (options.hideReliability ? withoutGrades(flags) : flags)
    .map((flag) => `“${flag.statement}”: ${flag.changes.join("; ")}`)
    .join(" · ");
}
