import { and, count, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db";
import { assessments, claims } from "@/db/schema";
import { writeAssessmentContent } from "@/server/collab/persistence";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { decideReview } from "@/server/services/assessments/decide-review";
import { publishAssessment } from "@/server/services/assessments/publish-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import type { Actor } from "@/server/services/context";

import { demoActor } from "./demo-actor";
import { DEMO_ASSESSMENT_TITLE, demoAssessmentDoc } from "./demo-assessment";
import { DEMO_CLAIMS } from "./demo-claims";

/** Write a document as an edit by `actor` of its collaborative text (Yjs state and JSON). */
async function writeDocument(
  db: Database,
  actor: Actor,
  assessmentId: string,
  doc: ReturnType<typeof demoAssessmentDoc>,
) {
  await writeAssessmentContent(db, {
    teamId: actor.teamId,
    assessmentId,
    json: doc,
    authorIds: [actor.userId],
  });
}

/**
 * The demo assessment, through the services people use: the editor writes it, asks the owner to
 * review, the owner approves, the editor publishes version 1, then the draft goes on. Only into a demo
 * team with claims and no assessments yet. Returns how many it made (0 or 1).
 */
export async function ensureDemoAssessment(db: Database, teamId: string): Promise<number> {
  const [existing] = await db
    .select({ value: count() })
    .from(assessments)
    .where(eq(assessments.teamId, teamId));
  if ((existing?.value ?? 0) > 0) return 0;
  const editor = await demoActor(db, teamId, "editor@demo.example");
  const owner = await demoActor(db, teamId, "owner@demo.example");
  if (!editor || !owner) return 0;
  const statements = new Map(DEMO_CLAIMS.map((claim) => [claim.statement, claim.key]));
  const rows = await db
    .select({ id: claims.id, statement: claims.statement })
    .from(claims)
    .where(and(eq(claims.teamId, teamId), inArray(claims.statement, [...statements.keys()])));
  if (rows.length === 0) return 0;
  const claimIds = new Map(
    rows.flatMap((row) => {
      const key = statements.get(row.statement);
      return key ? [[key, row.id] as const] : [];
    }),
  );

  // All or nothing: a failure part-way leaves no half-made assessment for the next run to skip over.
  await db.transaction(async (tx) => {
    const created = await createAssessment(
      { db: tx, actor: editor },
      { title: DEMO_ASSESSMENT_TITLE, templateKey: "four-track" },
    );
    await writeDocument(tx, editor, created.id, demoAssessmentDoc(claimIds, { isDraft: false }));
    await requestReview(
      { db: tx, actor: editor },
      { assessmentId: created.id, reviewerIds: [owner.userId], note: "Ready for review: all four tracks." },
    );
    await decideReview(
      { db: tx, actor: owner },
      { assessmentId: created.id, decision: "approve", note: "Sound." },
    );
    await publishAssessment({ db: tx, actor: editor }, { assessmentId: created.id });
    await writeDocument(tx, editor, created.id, demoAssessmentDoc(claimIds, { isDraft: true }));
  });
  return 1;
}
