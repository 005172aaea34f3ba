import type { CitedClaimSnapshot } from "./types";

/** The parts of a claim summary (claims.byIds, the Claims page) that a cited claim's note shows. */
export interface CitableClaim {
  id: string;
  articleId: string;
  statement: string;
  anchor: { quote: string };
  code: string;
  credibility: { grade: string | null };
  reliability: { grade: string | null };
  contradictionsCount: number;
  article: { title: string; publishedAt: Date | null };
  outlet: { name: string } | null;
}

/** A claim as the reader sees it now, in the shape a version's citations are kept in. */
export function citedFromClaim(claim: CitableClaim): CitedClaimSnapshot {
  return {
    claimId: claim.id,
    statement: claim.statement,
    quote: claim.anchor.quote,
    code: claim.code,
    credibility: claim.credibility.grade,
    reliability: claim.reliability.grade,
    contradictionsCount: claim.contradictionsCount,
    articleId: claim.articleId,
    articleTitle: claim.article.title,
    outletName: claim.outlet?.name ?? null,
    publishedAt: claim.article.publishedAt ? claim.article.publishedAt.toISOString() : null,
  };
}
