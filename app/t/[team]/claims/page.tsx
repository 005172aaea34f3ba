import type { Metadata } from "next";
import { Suspense } from "react";

import { ClaimsList } from "@/components/claims/claims-list";
import { PageHeader } from "@/components/shell/page-header";
import { claimsInput, parseClaimParams } from "@/lib/claims-params";
import { toSearchParams } from "@/lib/view-state";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string }>;
  searchParams: SearchParams;
}) {
  const { team: slug } = await params;
  const team = await requireTeam(slug, `/t/${slug}/claims`);
  const filters = parseClaimParams(toSearchParams(await searchParams));
  // Started here, awaited by nobody: the list finds the data in the hydrated cache.
  const queryClient = getQueryClient();
  void queryClient.prefetchInfiniteQuery(
    trpc.claims.list.infiniteQueryOptions(claimsInput(team.slug, filters), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  void queryClient.prefetchQuery(trpc.tags.list.queryOptions({ teamSlug: team.slug }));
  return (
    <HydrateClient>
      <PageHeader
        title="Claims"
        description="What the articles assert, across every article of the team: search, filter, and tag them together."
      />
      <Suspense>
        <ClaimsList teamSlug={team.slug} />
      </Suspense>
    </HydrateClient>
  );
}
