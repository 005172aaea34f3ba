import { and, eq, sql } from "drizzle-orm";

import { claimTags, tags } from "@/db/schema";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findTag } from "./tag-rows";

/**
 * Merge a tag into another (editors): every claim with the first gets the second (once), the first's
 * children move under the second when it is top-level (else to the top level), and the first goes.
 */
export async function mergeTags({ db, actor }: TeamContext, input: { tagId: string; intoId: string }) {
  assertCan(actor, "tag.manage");
  if (input.tagId === input.intoId) throw new AppError("TAG_MERGE_SELF");
  return db.transaction(async (tx) => {
    const from = await findTag(tx, actor, input.tagId);
    const into = await findTag(tx, actor, input.intoId);
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(claimTags)
      .where(and(eq(claimTags.teamId, actor.teamId), eq(claimTags.tagId, from.id)));
    await tx.execute(sql`
      insert into ${claimTags} (team_id, claim_id, tag_id)
      select team_id, claim_id, ${into.id} from ${claimTags}
      where ${claimTags.teamId} = ${actor.teamId} and ${claimTags.tagId} = ${from.id}
      on conflict do nothing`);
    await tx
      .update(tags)
      .set({ parentId: into.parentId ? null : into.id, updatedAt: sql`now()` })
      .where(and(eq(tags.teamId, actor.teamId), eq(tags.parentId, from.id)));
    await tx.delete(tags).where(and(eq(tags.id, from.id), eq(tags.teamId, actor.teamId)));
    await recordActivity(tx, actor, {
      verb: "tag.merged",
      subjectType: "tag",
      subjectId: into.id,
      data: { name: into.name, from: from.name },
    });
    return { id: into.id, name: into.name, claimsMoved: Number(count) };
  });
}
