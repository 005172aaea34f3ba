import { eq } from "drizzle-orm";

import type { Database } from "@/db";
import { teams } from "@/db/schema";
import { nothingOpenRefusal, summarizeReadiness } from "@/lib/assessments/readiness";
import type { DocJson } from "@/lib/assessments/types";
import { loadCurrentContent } from "@/server/collab/persistence";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/**
 * The team's rule of nothing open: when it is on, a text with open Checks findings or template
 * sentences left does not go to review and is not published (the dialogs say so beforehand). The
 * text judged is the one the editors have now (stored state and logged changes), not the stored
 * JSON, which trails typing by a store: a finding fixed a moment ago counts as fixed, and one typed
 * a moment ago as open.
 */
export async function assertNothingOpen(db: Database, actor: Actor, assessmentId: string, stored: DocJson) {
  const [team] = await db
    .select({ requiresNothingOpen: teams.requiresNothingOpen })
    .from(teams)
    .where(eq(teams.id, actor.teamId));
  if (!team?.requiresNothingOpen) return;
  const content = (await loadCurrentContent(db, { teamId: actor.teamId, assessmentId })) ?? stored;
  const refusal = nothingOpenRefusal(summarizeReadiness(content));
  if (refusal) throw new AppError("OPEN_IN_TEXT", refusal);
}
