import { and, count, eq, isNull } from "drizzle-orm";

import { articles, memberships, sources } from "@/db/schema";
import { assertCan } from "@/server/policies";
import { listActivity } from "@/server/services/activity/list-activity";
import type { TeamContext } from "@/server/services/context";

/** How many of the feed's newest entries the Overview shows. */
const OVERVIEW_ENTRIES = 15;

/**
 * What the team holds, and what happened lately: the newest entries of the activity feed itself, so
 * the Overview words and links them as the Activity page does (and hides grades blind rating hides).
 */
export async function getTeamOverview({ db, actor }: TeamContext) {
  assertCan(actor, "team.read");
  const [[articleCount], [sourceCount], [memberCount]] = await Promise.all([
    db
      .select({ value: count() })
      .from(articles)
      .where(and(eq(articles.teamId, actor.teamId), isNull(articles.deletedAt))),
    db
      .select({ value: count() })
      .from(sources)
      .where(and(eq(sources.teamId, actor.teamId), isNull(sources.mergedIntoId))),
    db.select({ value: count() }).from(memberships).where(eq(memberships.teamId, actor.teamId)),
  ]);
  const { items: recent } = await listActivity({ db, actor }, { limit: OVERVIEW_ENTRIES });
  return {
    counts: {
      articles: articleCount?.value ?? 0,
      sources: sourceCount?.value ?? 0,
      members: memberCount?.value ?? 0,
    },
    recent,
  };
}
