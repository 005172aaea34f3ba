import { and, eq } from "drizzle-orm";

import type { Database } from "@/db";
import { tags } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/** One of the team's tags, or TAG_NOT_FOUND (another team's tag does not exist). */
export async function findTag(db: Database, actor: Actor, tagId: string) {
  const [tag] = await db
    .select({ id: tags.id, teamId: tags.teamId, name: tags.name, parentId: tags.parentId })
    .from(tags)
    .where(and(eq(tags.id, tagId), eq(tags.teamId, actor.teamId)))
    .limit(1);
  if (!tag) throw new AppError("TAG_NOT_FOUND");
  return tag;
}

/** A tag that may become a parent: the team's, and itself top-level (tags have one level). */
export async function findParentTag(db: Database, actor: Actor, parentId: string) {
  const parent = await findTag(db, actor, parentId);
  if (parent.parentId) throw new AppError("TAG_PARENT_INVALID");
  return parent;
}

/** True when the tag is some other tag's parent. */
export async function hasChildren(db: Database, actor: Actor, tagId: string): Promise<boolean> {
  const [child] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.teamId, actor.teamId), eq(tags.parentId, tagId)))
    .limit(1);
  return Boolean(child);
}
