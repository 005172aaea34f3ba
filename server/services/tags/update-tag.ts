import { and, eq, sql } from "drizzle-orm";

import { tags } from "@/db/schema";
import type { TagColor } from "@/lib/claims";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findParentTag, findTag, hasChildren } from "./tag-rows";

export interface UpdateTagInput {
  tagId: string;
  name?: string | undefined;
  color?: TagColor | undefined;
  description?: string | null | undefined;
  parentId?: string | null | undefined;
}

/** Rename, recolour, describe or move a tag (editors). Claims keep it: they refer to it by id. */
export async function updateTag({ db, actor }: TeamContext, input: UpdateTagInput) {
  assertCan(actor, "tag.manage");
  try {
    return await db.transaction(async (tx) => {
      const tag = await findTag(tx, actor, input.tagId);
      if (input.parentId) {
        if (input.parentId === tag.id) throw new AppError("TAG_PARENT_INVALID");
        await findParentTag(tx, actor, input.parentId);
        if (await hasChildren(tx, actor, tag.id)) throw new AppError("TAG_PARENT_INVALID");
      }
      const [updated] = await tx
        .update(tags)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.color !== undefined ? { color: input.color } : {}),
          ...(input.description !== undefined ? { description: input.description || null } : {}),
          ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(tags.id, tag.id), eq(tags.teamId, actor.teamId)))
        .returning({ id: tags.id, name: tags.name, color: tags.color, parentId: tags.parentId });
      if (!updated) throw new AppError("TAG_NOT_FOUND");
      await recordActivity(tx, actor, {
        verb: "tag.updated",
        subjectType: "tag",
        subjectId: tag.id,
        data: { name: updated.name, ...(updated.name !== tag.name ? { from: tag.name } : {}) },
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("TAG_EXISTS");
    throw error;
  }
}
