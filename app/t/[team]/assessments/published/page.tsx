import { BookOpenCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { AssessmentsTabs } from "@/components/assessments/assessments-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { getCaller, requireTeam } from "@/server/api/rsc";
import { orNotFound } from "@/server/api/rsc-not-found";

export const metadata: Metadata = { title: "Published" };

/** The team's published assessments, newest first: what the team stands behind. */
export default async function PublishedPage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { team: slug } = await params;
  const { cursor } = await searchParams;
  const team = await requireTeam(slug, `/t/${slug}/assessments/published`);
  const caller = await getCaller();
  const feed = await orNotFound(() => caller.assessments.published({ teamSlug: team.slug, cursor }));
  return (
    <>
      <PageHeader
        title="Assessments"
        description="Documents the team writes together in real time, with key judgments in calibrated language that rest on cited claims."
      />
      <AssessmentsTabs teamSlug={team.slug} current="published" />
      {feed.items.length === 0 ? (
        <EmptyState
          icon={BookOpenCheck}
          title={cursor ? "No more published versions" : "Nothing published yet"}
          description="An assessment is published once a teammate who did not write it approves it. Each publication is a numbered version that never changes."
        />
      ) : (
        <ol aria-label="Published versions" className="flex flex-col gap-3">
          {feed.items.map((item) => (
            <li
              key={item.id}
              className="border-border bg-surface flex flex-col gap-1 rounded-lg border px-4 py-3"
            >
              <Link
                href={`/t/${team.slug}/assessments/${item.assessmentId}/versions/${item.number}`}
                className="font-semibold hover:underline"
              >
                {item.title}
              </Link>
              <p className="text-muted text-sm">
                Version {item.number}
                {item.isLatest ? "" : " (a newer version exists)"} · published{" "}
                {formatDateTime(item.publishedAt)} by {item.publishedByName} · approved by{" "}
                {item.approvedByName} · {item.citationsCount}{" "}
                {item.citationsCount === 1 ? "cited claim" : "cited claims"}
              </p>
              <p className="line-clamp-2 text-sm">{item.excerpt}</p>
            </li>
          ))}
        </ol>
      )}
      {feed.nextCursor ? (
        <Button variant="secondary" asChild className="self-center">
          <Link href={`/t/${team.slug}/assessments/published?cursor=${encodeURIComponent(feed.nextCursor)}`}>
            Older publications
          </Link>
        </Button>
      ) : null}
    </>
  );
}
