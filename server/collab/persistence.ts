import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { and, eq, sql } from "drizzle-orm";
import * as Y from "yjs";

import type { Database } from "@/db";
import { assessmentAuthors, assessments } from "@/db/schema";
import { docText } from "@/lib/assessments/doc-text";
import { assessmentSchema } from "@/lib/assessments/extensions";
import type { DocJson } from "@/lib/assessments/types";
import { countWords } from "@/lib/text/document";
import { publishTeamEvent } from "@/server/realtime/events";

/** The Yjs field Tiptap's collaboration extension edits. */
export const YJS_FIELD = "default";

let cachedSchema: ReturnType<typeof assessmentSchema> | undefined;
function schema() {
  cachedSchema ??= assessmentSchema();
  return cachedSchema;
}

/** A template's (or any stored) ProseMirror JSON as a Yjs update, to seed a new document. */
export function jsonToYjsUpdate(json: DocJson): Uint8Array {
  return Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(schema(), json, YJS_FIELD));
}

/** The assessment's team, status and stored Yjs state (or its JSON, for a document that has no state yet). */
export async function loadAssessmentDocument(db: Database, assessmentId: string) {
  const [row] = await db
    .select({
      teamId: assessments.teamId,
      status: assessments.status,
      ydoc: assessments.ydoc,
      content: assessments.content,
    })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  return row ?? null;
}

/**
 * Store a document: its Yjs state (the truth), and the ProseMirror JSON, plain text and word count
 * derived from it (for search, rendering, the checks and export), in one statement. The people who
 * edited since the last store are recorded as authors. Teammates' lists hear about it.
 */
export async function storeAssessmentDocument(
  db: Database,
  input: { teamId: string; assessmentId: string; document: Y.Doc; authorIds: readonly string[] },
): Promise<{ sizeBytes: number }> {
  const state = Y.encodeStateAsUpdate(input.document);
  const content = yDocToProsemirrorJSON(input.document, YJS_FIELD) as DocJson;
  const text = docText(content);
  await db.transaction(async (tx) => {
    await tx
      .update(assessments)
      .set({
        ydoc: state,
        content,
        contentText: text,
        wordCount: countWords(text),
        sizeBytes: state.byteLength,
        updatedAt: sql`now()`,
      })
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.teamId, input.teamId)));
    if (input.authorIds.length > 0)
      await tx
        .insert(assessmentAuthors)
        .values(
          input.authorIds.map((userId) => ({
            assessmentId: input.assessmentId,
            userId,
            teamId: input.teamId,
          })),
        )
        .onConflictDoUpdate({
          target: [assessmentAuthors.assessmentId, assessmentAuthors.userId],
          set: { lastEditAt: sql`now()` },
        });
    await publishTeamEvent(tx, {
      teamId: input.teamId,
      verb: "assessment.saved",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      actorId: input.authorIds[0] ?? null,
      articleId: null,
      claimId: null,
    });
  });
  return { sizeBytes: state.byteLength };
}
