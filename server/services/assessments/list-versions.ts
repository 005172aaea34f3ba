import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import { assessmentVersions, users } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { findAssessment } from "./assessment-rows";

const approver = alias(users, "approver");
const publisher = alias(users, "publisher");

/** An assessment's published versions, newest first: number, who approved and published, when. */
export async function listVersions({ db, actor }: TeamContext, input: { assessmentId: string }) {
  assertCan(actor, "assessment.read");
  const found = await findAssessment(db, actor, input.assessmentId);
  const rows = await db
    .select({
      id: assessmentVersions.id,
      number: assessmentVersions.number,
      title: assessmentVersions.title,
      publishedAt: assessmentVersions.publishedAt,
      approvedByName: approver.name,
      publishedByName: publisher.name,
    })
    .from(assessmentVersions)
    .leftJoin(approver, eq(approver.id, assessmentVersions.approvedBy))
    .leftJoin(publisher, eq(publisher.id, assessmentVersions.publishedBy))
    .where(and(eq(assessmentVersions.teamId, actor.teamId), eq(assessmentVersions.assessmentId, found.id)))
    .orderBy(desc(assessmentVersions.number));
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      publishedAt: row.publishedAt,
      approvedByName: row.approvedByName ?? "A former member",
      publishedByName: row.publishedByName ?? "A former member",
    })),
  };
}
