import type { Metadata } from "next";

import { ActivityFeed } from "@/components/activity/activity-feed";
import { PageHeader } from "@/components/shell/page-header";
import { requireTeam } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/activity`);
  // Not prefetched: the feed groups by day in the reader's time zone, which only the browser knows.
  return (
    <>
      <PageHeader
        title="Activity"
        description="Who did what in the team, newest first: articles attached, claims tagged and rated, sources rated, assessments reviewed and published, comments."
      />
      <ActivityFeed teamSlug={team.slug} />
    </>
  );
}
