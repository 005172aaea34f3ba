import { and, eq, inArray, isNull, sql } from "drizzle-orm";

import { notifications } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

/**
 * Mark some of the caller's notifications read (or all of them with no ids). Only ever the caller's
 * own, in this team: other ids are ignored, not an error, so a stale inbox cannot fail.
 */
export async function markNotificationsRead(
  { db, actor }: TeamContext,
  input: { ids?: string[] | undefined; isRead?: boolean | undefined },
) {
  assertCan(actor, "notification.read");
  const isRead = input.isRead ?? true;
  const updated = await db
    .update(notifications)
    .set({ readAt: isRead ? sql`now()` : null })
    .where(
      and(
        eq(notifications.teamId, actor.teamId),
        eq(notifications.userId, actor.userId),
        input.ids ? inArray(notifications.id, input.ids) : isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
