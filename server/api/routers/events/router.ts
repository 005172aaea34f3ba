import { mappedStream, router, teamProcedure } from "@/server/api/trpc";
import { teamEvents } from "@/server/realtime/hub";
import { liveSessionIds } from "@/server/services/auth/session-rows";

export const eventsRouter = router({
  /**
   * Teammates' changes as they happen (server-sent events): which claim, article or comment changed,
   * never its content. The browser refetches what it shows, through the usual procedures.
   */
  subscribe: teamProcedure.subscription(({ ctx, signal }) => {
    const { sessionId } = ctx;
    return mappedStream(
      teamEvents(ctx.events, {
        teamId: ctx.actor.teamId,
        userId: ctx.actor.userId,
        signal,
        // The stream outlives the request's session check: it ends when its session does.
        ...(sessionId
          ? { isSessionLive: async () => (await liveSessionIds(ctx.db, [sessionId])).has(sessionId) }
          : {}),
      }),
    );
  }),
});
