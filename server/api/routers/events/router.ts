import { router, teamProcedure } from "@/server/api/trpc";
import { teamEvents } from "@/server/realtime/hub";

export const eventsRouter = router({
  /**
   * Teammates' changes as they happen (server-sent events): which claim, article or comment changed,
   * never its content. The browser refetches what it shows, through the usual procedures.
   */
  subscribe: teamProcedure.subscription(({ ctx, signal }) =>
    teamEvents(ctx.events, { teamId: ctx.actor.teamId, userId: ctx.actor.userId, signal }),
  ),
});
