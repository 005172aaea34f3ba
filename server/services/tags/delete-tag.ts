import { and, eq } from "drizzle-orm";

import { tags } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findTag } from "./tag-rows";

/**
 * Delete a tag (editors): claims lose it, its children move to the top level. The claims themselves
 * stay. The settings page shows how many claims carry it before asking to confirm.
 */
export async function deleteTag({ db, actor }: TeamContext, input: { tagId: string }) {
  assertCan(actor, "tag.manage");
  return db.transaction(async (tx) => {
    const tag = await findTag(tx, actor, input.tagId);
    await tx.delete(tags).where(and(eq(tags.id, tag.id), eq(tags.teamId, actor.teamId)));
    await recordActivity(tx, actor, {
      verb: "tag.deleted",
      subjectType: "tag",
      subjectId: tag.id,
      data: { name: tag.name },
    });
    return { id: tag.id };
  });
}
