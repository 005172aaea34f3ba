import { assessments } from "@/db/schema";
import { docText } from "@/lib/assessments/doc-text";
import { TEMPLATES, type TemplateKey } from "@/lib/assessments/templates";
import { countWords } from "@/lib/text/document";
import { jsonToYjsUpdate } from "@/server/collab/persistence";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

/**
 * Start an assessment from a template (editors). The collaborative document is made here, on the
 * server, from the template: two people opening a new assessment at once must not each insert it.
 */
export async function createAssessment(
  { db, actor }: TeamContext,
  input: { title: string; templateKey: TemplateKey },
) {
  assertCan(actor, "assessment.create");
  const content = TEMPLATES[input.templateKey].content();
  const ydoc = jsonToYjsUpdate(content);
  const text = docText(content);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(assessments)
      .values({
        teamId: actor.teamId,
        title: input.title,
        templateKey: input.templateKey,
        ydoc,
        content,
        contentText: text,
        wordCount: countWords(text),
        sizeBytes: ydoc.byteLength,
        createdBy: actor.userId,
      })
      .returning({ id: assessments.id, title: assessments.title });
    if (!created) throw new Error("insert returned no row");
    await recordActivity(tx, actor, {
      verb: "assessment.created",
      subjectType: "assessment",
      subjectId: created.id,
      data: { title: created.title },
    });
    return created;
  });
}
