import { tags } from "@/db/schema";
import type { TagColor } from "@/lib/claims";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findParentTag } from "./tag-rows";

export interface CreateTagInput {
  name: string;
  color: TagColor;
  description?: string | null | undefined;
  parentId?: string | null | undefined;
}

/** Add a tag to the team's taxonomy (editors). Names are unique in a team, whatever their case. */
export async function createTag({ db, actor }: TeamContext, input: CreateTagInput) {
  assertCan(actor, "tag.manage");
  try {
    return await db.transaction(async (tx) => {
      if (input.parentId) await findParentTag(tx, actor, input.parentId);
      const [tag] = await tx
        .insert(tags)
        .values({
          teamId: actor.teamId,
          name: input.name,
          color: input.color,
          description: input.description || null,
          parentId: input.parentId ?? null,
          createdBy: actor.userId,
        })
        .returning({ id: tags.id, name: tags.name, color: tags.color, parentId: tags.parentId });
      if (!tag) throw new Error("insert returned no row");
      await recordActivity(tx, actor, {
        verb: "tag.created",
        subjectType: "tag",
        subjectId: tag.id,
        data: { name: tag.name },
      });
      return tag;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("TAG_EXISTS");
    throw error;
  }
}
