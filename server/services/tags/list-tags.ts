import { asc, eq, sql } from "drizzle-orm";

import { qualifiedId } from "@/db/qualified-id";
import { claimTags, tags } from "@/db/schema";
import { assertCan, can } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/**
 * The team's taxonomy, parents first and each followed by its children, alphabetically, with how many
 * claims carry each tag (for the settings page, the pickers and the merge and delete confirmations).
 */
export async function listTags({ db, actor }: TeamContext) {
  assertCan(actor, "tag.read");
  const claimCount = sql<number>`(select count(*)::int from ${claimTags} where ${claimTags.tagId} = ${qualifiedId(tags)} and ${claimTags.teamId} = ${actor.teamId})`;
  const rows = await db
    .select({
      id: tags.id,
      name: tags.name,
      color: tags.color,
      description: tags.description,
      parentId: tags.parentId,
      claimCount,
    })
    .from(tags)
    .where(eq(tags.teamId, actor.teamId))
    .orderBy(asc(sql`lower(${tags.name})`));
  const ordered = rows
    .filter((row) => !row.parentId)
    .flatMap((parent) => [parent, ...rows.filter((row) => row.parentId === parent.id)]);
  // A child whose parent vanished in between still shows, at the end.
  const orphans = rows.filter((row) => row.parentId && !ordered.includes(row));
  return {
    items: [...ordered, ...orphans].map((row) => ({ ...row, claimCount: Number(row.claimCount) })),
    canManage: can(actor, "tag.manage"),
  };
}
