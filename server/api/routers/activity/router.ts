import { z } from "zod";

import { ZActivityEntry } from "@/server/api/routers/shared-schema";
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
        items: z.array(ZActivityEntry),
        nextCursor: z.string().nullable(),
      }),
    )
    .query(({ ctx, input }) => listActivity(ctx, input)),
});
