import { and, eq, inArray, sql, type SQL } from "drizzle-orm";

import { assessmentAuthors, assessments, users } from "@/db/schema";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { encodeTimeCursor, olderThan } from "../activity/time-cursor";
import { LONG_TEXT_WORDS, textSearch } from "../search/text-search";

export type AssessmentStatusFilter = "draft" | "in_review" | "approved" | "published";

/**
 * The team's assessments, most recently changed first: full-text search over title and text, filters
 * by status (a published one has at least one version), author (wrote in it) and owner (started it).
 */
export async function listAssessments(
  { db, actor }: TeamContext,
  input: {
    q?: string | undefined;
    status?: AssessmentStatusFilter | undefined;
    authorId?: string | undefined;
    ownerId?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
) {
  assertCan(actor, "assessment.read");
  const limit = Math.min(input.limit ?? 25, 100);
  const query = textSearch(input.q, {
    stemmed: sql`${assessments.searchVector}`,
    exact: sql`${assessments.exactVector}`,
    long: {
      text: sql`${assessments.contentText}`,
      isLong: sql`${assessments.wordCount} > ${sql.raw(String(LONG_TEXT_WORDS))}`,
    },
  });
  const filters: (SQL | undefined)[] = [
    eq(assessments.teamId, actor.teamId),
    query?.matches,
    input.status === "published"
      ? sql`${assessments.publishedVersion} > 0`
      : input.status
        ? eq(assessments.status, input.status)
        : undefined,
    input.authorId
      ? sql`exists (select 1 from ${assessmentAuthors} where ${assessmentAuthors.assessmentId} = ${assessments.id} and ${assessmentAuthors.teamId} = ${actor.teamId} and ${assessmentAuthors.userId} = ${input.authorId})`
      : undefined,
    input.ownerId ? eq(assessments.createdBy, input.ownerId) : undefined,
    olderThan(input.cursor, assessments.updatedAt, assessments.id),
  ];
  const rows = await db
    .select({
      id: assessments.id,
      title: assessments.title,
      status: assessments.status,
      templateKey: assessments.templateKey,
      publishedVersion: assessments.publishedVersion,
      wordCount: assessments.wordCount,
      updatedAt: assessments.updatedAt,
      createdAtText: sql<string>`${assessments.updatedAt}::text`,
      ownerName: users.name,
    })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.createdBy))
    .where(and(...filters))
    .orderBy(sql`${assessments.updatedAt} desc nulls last`, sql`${assessments.id} desc nulls last`)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const authorRows = page.length
    ? await db
        .select({ assessmentId: assessmentAuthors.assessmentId, name: users.name })
        .from(assessmentAuthors)
        .innerJoin(users, eq(users.id, assessmentAuthors.userId))
        .where(
          and(
            eq(assessmentAuthors.teamId, actor.teamId),
            inArray(
              assessmentAuthors.assessmentId,
              page.map((row) => row.id),
            ),
          ),
        )
    : [];
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      templateKey: row.templateKey,
      publishedVersion: row.publishedVersion,
      wordCount: row.wordCount,
      updatedAt: row.updatedAt,
      ownerName: row.ownerName ?? "A former member",
      authorNames: authorRows.filter((author) => author.assessmentId === row.id).map((author) => author.name),
    })),
    nextCursor: rows.length > limit && last ? encodeTimeCursor(last) : null,
    canCreate: can(actor, "assessment.create"),
  };
}
