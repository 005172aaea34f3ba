import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { SourceFormDialog } from "@/components/sources/source-form-dialog";
import { SourcesList } from "@/components/sources/sources-list";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/sources`);
  void getQueryClient().prefetchQuery(
    trpc.sources.list.queryOptions({ teamSlug: team.slug, sort: "name", limit: 100 }),
  );
  return (
    <HydrateClient>
      <PageHeader
        title="Sources"
        description="Outlets, people and organisations, with the team's reliability on the Admiralty scale (A completely reliable … E unreliable, F cannot be judged)."
        actions={team.permissions["source.create"] ? <SourceFormDialog teamSlug={team.slug} /> : null}
      />
      <SourcesList teamSlug={team.slug} />
    </HydrateClient>
  );
}
