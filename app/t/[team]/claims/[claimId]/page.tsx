import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ClaimDetail } from "@/components/claims/claim-detail";
import { getQueryClient, HydrateClient, requireTeam, trpc } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Claim" };

/** A claim's own page: everything about it, shareable by address. */
export default async function ClaimPage({ params }: { params: Promise<{ team: string; claimId: string }> }) {
  const { team: slug, claimId } = await params;
  const team = await requireTeam(slug, `/t/${slug}/claims/${claimId}`);
  try {
    await getQueryClient().fetchQuery(trpc.claims.get.queryOptions({ teamSlug: team.slug, claimId }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  return (
    <HydrateClient>
      <nav aria-label="Breadcrumb" className="text-muted text-sm">
        <Link href={`/t/${team.slug}/claims`} className="hover:underline">
          Claims
        </Link>
      </nav>
      <h1 className="sr-only">Claim</h1>
      <div className="max-w-3xl">
        <ClaimDetail teamSlug={team.slug} claimId={claimId} />
      </div>
    </HydrateClient>
  );
}
