import { updateYFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";

import type { Database } from "@/db";
import { assessmentSchema } from "@/lib/assessments/extensions";
import type { DocJson } from "@/lib/assessments/types";
import { appendLoggedUpdates, loadAssessmentState, YJS_FIELD } from "@/server/collab/persistence";

/**
 * An editor's change that makes an assessment's text `json`, as a collaboration server logs it the
 * moment it arrives: in the update log, not yet stored (the store follows about a second later).
 */
export async function logAssessmentEdit(
  db: Database,
  key: { teamId: string; assessmentId: string; userId: string },
  json: DocJson,
) {
  const document = new Y.Doc();
  try {
    const state = await loadAssessmentState(db, key);
    if (state) Y.applyUpdate(document, state);
    const before = Y.encodeStateVector(document);
    document.transact(() => {
      updateYFragment(document, document.getXmlFragment(YJS_FIELD), assessmentSchema().nodeFromJSON(json), {
        mapping: new Map(),
        isOMark: new Map(),
      });
    });
    await appendLoggedUpdates(db, {
      teamId: key.teamId,
      assessmentId: key.assessmentId,
      instanceId: "test-instance",
      batches: [{ userId: key.userId, update: Y.encodeStateAsUpdate(document, before) }],
    });
  } finally {
    document.destroy();
  }
}
