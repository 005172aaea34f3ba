import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/shell/page-header";
import { TagsSettings } from "@/components/tags/tags-settings";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/team/tags`);
  // Started here, awaited by nobody: the list finds the data in the hydrated cache.
  void getQueryClient().prefetchQuery(trpc.tags.list.queryOptions({ teamSlug: team.slug }));
  return (
    <HydrateClient>
      <Link
        href={`/t/${team.slug}/team`}
        className="text-muted hover:text-foreground inline-flex items-center gap-1 self-start text-sm"
      >
        <ArrowLeft aria-hidden="true" className="size-4" /> Team
      </Link>
      <PageHeader
        title="Tags"
        description="The team's taxonomy: the tags analysts put on claims, one level of nesting, each with a colour. A sub-tag counts towards its parent when you filter claims."
      />
      <TagsSettings teamSlug={team.slug} />
    </HydrateClient>
  );
}
