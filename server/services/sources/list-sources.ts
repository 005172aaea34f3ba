import { and, asc, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";

import { articles, sources } from "@/db/schema";
import type { SourceKind } from "@/lib/sources";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { isBlindFor } from "./blind";
import { SOURCE_ID, consensusView, ratedBy } from "./consensus-view";

export interface ListSourcesInput {
  q?: string | undefined;
  kind?: SourceKind | undefined;
  sort?: "name" | "articles" | "reliability" | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * The team's sources with their article counts and consensus (as blind rating lets the caller see it).
 * A search matches names fuzzily (trigram similarity) as well as by substring, best match first.
 */
export async function listSources({ db, actor }: TeamContext, input: ListSourcesInput = {}) {
  assertCan(actor, "source.read");
  const limit = input.limit ?? 50;
  const q = input.q?.trim();
  const articleCount = sql<number>`(select count(*)::int from ${articles} where ${articles.outletId} = ${SOURCE_ID} and ${articles.teamId} = ${actor.teamId} and ${articles.deletedAt} is null)`;
  const order = q
    ? [desc(sql`similarity(${sources.name}, ${q})`), asc(sources.name)]
    : input.sort === "articles"
      ? [desc(articleCount), asc(sources.name)]
      : input.sort === "reliability"
        ? [sql`${sources.consensusGrade} asc nulls last`, asc(sources.name)]
        : [asc(sql`lower(${sources.name})`), asc(sources.id)];
  const rows = await db
    .select({
      id: sources.id,
      name: sources.name,
      kind: sources.kind,
      domain: sources.domain,
      consensusGrade: sources.consensusGrade,
      consensusSpread: sources.consensusSpread,
      isDisputed: sources.isDisputed,
      ratingsCount: sources.ratingsCount,
      articleCount,
      hasRated: ratedBy(actor.userId),
    })
    .from(sources)
    .where(
      and(
        eq(sources.teamId, actor.teamId),
        isNull(sources.mergedIntoId),
        input.kind ? eq(sources.kind, input.kind) : undefined,
        q
          ? or(sql`${sources.name} % ${q}`, ilike(sources.name, `%${q.replace(/[%_\\]/g, "\\$&")}%`))
          : undefined,
      ),
    )
    .orderBy(...order)
    .limit(limit + 1)
    .offset(input.offset ?? 0);
  const isBlind = await isBlindFor(db, actor);
  return {
    items: rows.slice(0, limit).map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      domain: row.domain,
      articleCount: Number(row.articleCount),
      hasRated: row.hasRated,
      consensus: consensusView(row, { isBlind, hasRated: row.hasRated }),
    })),
    hasMore: rows.length > limit,
  };
}
