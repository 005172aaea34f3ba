import type { Metadata } from "next";

import { Inbox } from "@/components/notifications/inbox";
import { PageHeader } from "@/components/shell/page-header";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Inbox" };

/** The signed-in person's mentions and replies in this team. */
export default async function InboxPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/inbox`);
  void getQueryClient().prefetchQuery(trpc.notifications.unreadCount.queryOptions({ teamSlug: team.slug }));
  return (
    <HydrateClient>
      <PageHeader
        title="Inbox"
        description="Where teammates mentioned you or replied in your threads, asked you to review, decided on or published an assessment you wrote or reviewed, and where a published one needs another look."
      />
      <Inbox teamSlug={team.slug} />
    </HydrateClient>
  );
}
