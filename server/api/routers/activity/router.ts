import { z } from "zod";

import { router, teamProcedure } from "@/server/api/trpc";
import { listActivity } from "@/server/services/activity/list-activity";

export const activityRouter = router({
  /** The team's activity feed, newest first. */
  list: teamProcedure
    .input(
      z.object({
        cursor: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .output(
      z.object({
        items: z.array(
          z.object({
            id: z.uuid(),
            verb: z.string(),
            subjectType: z.string(),
            subjectId: z.uuid(),
            createdAt: z.date(),
            actorName: z.string(),
            name: z.string().nullable(),
            detail: z.string().nullable(),
            claimId: z.string().nullable(),
            articleId: z.string().nullable(),
          }),
        ),
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => listActivity(ctx, input)),
});
