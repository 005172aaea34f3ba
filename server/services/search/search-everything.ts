import { parseSearchQuery } from "@/lib/search-query";
import type { TeamContext } from "@/server/services/context";

import { listArticles } from "../articles/list-articles";
import { listAssessments } from "../assessments/list-assessments";
import { listClaims } from "../claims/list-claims";
import { listSources } from "../sources/list-sources";

/** At most this many of each kind; the full list is one link away. */
export const EVERYTHING_LIMIT = 20;

/**
 * One box that finds articles, claims, sources and assessments at once: each kind ranked by its own
 * list (the same search, filters and team wall as its page), the best few of each, and whether there
 * are more. Sources are found by name (the words asked for, without the search syntax).
 */
export async function searchEverything(ctx: TeamContext, input: { q: string; limit?: number | undefined }) {
  const limit = Math.min(input.limit ?? 5, EVERYTHING_LIMIT);
  const q = input.q.trim();
  const names = parseSearchQuery(q)
    .flat()
    .filter((term) => !term.isNegated)
    .map((term) => term.text)
    .join(" ");
  // At once: on a Postgres server the four run on four pooled connections, so the box costs the
  // slowest of them rather than their sum (PGlite queues them, one at a time, as before).
  const [articles, claims, sources, assessments] = await Promise.all([
    listArticles(ctx, { q, limit }),
    listClaims(ctx, { q, limit }),
    names ? listSources(ctx, { q: names, limit }) : { items: [], hasMore: false },
    listAssessments(ctx, { q, limit }),
  ]);
  return {
    q,
    articles: { items: articles.items, hasMore: articles.nextCursor !== null },
    claims: { items: claims.items, hasMore: claims.nextCursor !== null },
    sources: { items: sources.items, hasMore: sources.hasMore },
    assessments: { items: assessments.items, hasMore: assessments.nextCursor !== null },
  };
}
