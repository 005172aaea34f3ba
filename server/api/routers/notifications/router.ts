import { z } from "zod";

import { router, teamProcedure } from "@/server/api/trpc";
import { countUnread, listNotifications } from "@/server/services/notifications/list-notifications";
import { markNotificationsRead } from "@/server/services/notifications/mark-read";

import { zId } from "../shared-schema";

const ZNotification = z.object({
  id: z.uuid(),
  kind: z.enum([
    "mention",
    "reply",
    "review_requested",
    "changes_requested",
    "approved",
    "published",
    "re_review",
    "review_withdrawn",
  ]),
  createdAt: z.date(),
  isRead: z.boolean(),
  actorName: z.string(),
  commentId: z.uuid().nullable(),
  /** Words someone wrote: the comment, or the reviewer's note. */
  excerpt: z.string(),
  /** The notice's own line: "Version 2", or what changed in a published version's claims. */
  detail: z.string().nullable(),
  claim: z.object({ id: z.uuid(), statement: z.string() }).nullable(),
  article: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  assessment: z.object({ id: z.uuid(), title: z.string() }).nullable(),
});

/** The caller's own inbox in the team. */
export const notificationsRouter = router({
  list: teamProcedure
    .input(
      z.object({
        isUnreadOnly: z.boolean().optional(),
        cursor: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .output(
      z.object({
        items: z.array(ZNotification),
        nextCursor: z.string().nullable(),
        unreadCount: z.number().int(),
      }),
    )
    .query(({ ctx, input }) => listNotifications(ctx, input)),
  /** The unread count for the navigation badge. */
  unreadCount: teamProcedure.output(z.number().int()).query(({ ctx }) => countUnread(ctx)),
  /** Mark some (ids) or all of one's notifications read, or unread again (isRead: false). */
  markRead: teamProcedure
    .input(
      z.object({ ids: z.array(zId("notification")).max(200).optional(), isRead: z.boolean().optional() }),
    )
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
});
