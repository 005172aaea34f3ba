import { accountRouter } from "./routers/account/router";
import { activityRouter } from "./routers/activity/router";
import { assessmentsRouter } from "./routers/assessments/router";
import { articlesRouter } from "./routers/articles/router";
import { authRouter } from "./routers/auth/router";
import { claimsRouter } from "./routers/claims/router";
import { commentsRouter } from "./routers/comments/router";
import { eventsRouter } from "./routers/events/router";
import { invitationsRouter } from "./routers/invitations/router";
import { notificationsRouter } from "./routers/notifications/router";
import { searchRouter } from "./routers/search/router";
import { sourcesRouter } from "./routers/sources/router";
import { tagsRouter } from "./routers/tags/router";
import { teamsRouter } from "./routers/teams/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  teams: teamsRouter,
  invitations: invitationsRouter,
  articles: articlesRouter,
  sources: sourcesRouter,
  tags: tagsRouter,
  claims: claimsRouter,
  comments: commentsRouter,
  notifications: notificationsRouter,
  activity: activityRouter,
  events: eventsRouter,
  assessments: assessmentsRouter,
  search: searchRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
