import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { assessments, assessmentVersions, users } from "@/db/schema";
import { docExcerpt } from "@/lib/assessments/doc-text";
import type { DocJson } from "@/lib/assessments/types";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { encodeTimeCursor, olderThan } from "../activity/time-cursor";

const approver = alias(users, "approver");
const publisher = alias(users, "publisher");

/** The team's "Published" feed: every published version, newest first, with an opening excerpt. */
export async function listPublished(
  { db, actor }: TeamContext,
  input: { cursor?: string | undefined; limit?: number | undefined },
) {
  assertCan(actor, "assessment.read");
  const limit = Math.min(input.limit ?? 20, 50);
  const rows = await db
    .select({
      id: assessmentVersions.id,
      assessmentId: assessmentVersions.assessmentId,
      number: assessmentVersions.number,
      title: assessmentVersions.title,
      // The first blocks only: enough for an excerpt, without reading every document whole.
      lead: sql<DocJson[]>`jsonb_path_query_array(${assessmentVersions.content}, '$.content[0 to 15]')`,
      citationsCount: sql<number>`jsonb_array_length(${assessmentVersions.citations})`,
      publishedAt: assessmentVersions.publishedAt,
      createdAtText: sql<string>`${assessmentVersions.publishedAt}::text`,
      latestNumber: assessments.publishedVersion,
      approvedByName: approver.name,
      publishedByName: publisher.name,
    })
    .from(assessmentVersions)
    .innerJoin(
      assessments,
      and(eq(assessments.id, assessmentVersions.assessmentId), eq(assessments.teamId, actor.teamId)),
    )
    .leftJoin(approver, eq(approver.id, assessmentVersions.approvedBy))
    .leftJoin(publisher, eq(publisher.id, assessmentVersions.publishedBy))
    .where(
      and(
        eq(assessmentVersions.teamId, actor.teamId),
        olderThan(input.cursor, assessmentVersions.publishedAt, assessmentVersions.id),
      ),
    )
    .orderBy(desc(assessmentVersions.publishedAt), desc(assessmentVersions.id))
    .limit(limit + 1);
  const last = rows[limit - 1];
  return {
    items: rows.slice(0, limit).map((row) => ({
      id: row.id,
      assessmentId: row.assessmentId,
      number: row.number,
      title: row.title,
      excerpt: docExcerpt(row.lead),
      citationsCount: Number(row.citationsCount),
      publishedAt: row.publishedAt,
      isLatest: row.number === row.latestNumber,
      approvedByName: row.approvedByName ?? "A former member",
      publishedByName: row.publishedByName ?? "A former member",
    })),
    nextCursor: rows.length > limit && last ? encodeTimeCursor(last) : null,
  };
}
