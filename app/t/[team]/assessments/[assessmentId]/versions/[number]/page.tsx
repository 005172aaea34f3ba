import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AssessmentBreadcrumb } from "@/components/assessments/assessment-breadcrumb";
import { DocView } from "@/components/assessments/doc-view";
import { ExportActions } from "@/components/assessments/export-actions";
import { ReReviewBanner } from "@/components/assessments/re-review-banner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { parseVersionNumber } from "@/lib/assessments/params";
import type { DocJson } from "@/lib/assessments/types";
import { formatDateTime } from "@/lib/format";
import { HydrateClient, getQueryClient, requireTeam, trpc } from "@/server/api/rsc";
import { orNotFound } from "@/server/api/rsc-not-found";

export const metadata: Metadata = { title: "Published version" };

/** A published version: read-only for everyone, with its notes as published and what changed since. */
export default async function VersionPage({
  params,
}: {
  params: Promise<{ team: string; assessmentId: string; number: string }>;
}) {
  const { team: slug, assessmentId, number: raw } = await params;
  const team = await requireTeam(slug, `/t/${slug}/assessments/${assessmentId}/versions/${raw}`);
  const number = parseVersionNumber(raw);
  if (!number) notFound();
  // Fetched into the page's query cache, so the re-review banner starts from it and then follows live.
  const version = await orNotFound(() =>
    getQueryClient().fetchQuery(
      trpc.assessments.version.queryOptions({ teamSlug: team.slug, assessmentId, number }),
    ),
  );
  const base = `/t/${team.slug}/assessments/${assessmentId}`;
  return (
    <HydrateClient>
      <div className="flex flex-col gap-5">
        <AssessmentBreadcrumb
          teamSlug={team.slug}
          assessment={{ id: assessmentId, title: version.title }}
          withVersions
        />
        <header className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{version.title}</h1>
          <p className="text-muted text-sm">
            <span className="bg-primary-soft text-primary mr-2 rounded-full px-2 py-0.5 text-xs font-medium">
              Version {version.number}
            </span>
            Published {formatDateTime(version.publishedAt)} by {version.publishedByName} · approved by{" "}
            {version.approvedByName}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <ExportActions teamSlug={team.slug} assessmentId={assessmentId} number={version.number} />
            {version.number > 1 ? (
              <Button size="sm" variant="ghost" asChild>
                <Link href={`${base}/compare?from=${version.number - 1}&to=${version.number}`}>
                  Compare with version {version.number - 1}
                </Link>
              </Button>
            ) : null}
          </div>
        </header>
        <Alert tone="info" title="Read-only">
          A published version never changes.{" "}
          {version.isLatest ? (
            <>
              The team works on the next version in the <Link href={base}>draft</Link>.
            </>
          ) : (
            <>
              This is not the latest: read{" "}
              <Link href={`${base}/versions/${version.latestNumber}`}>version {version.latestNumber}</Link>.
            </>
          )}
        </Alert>
        <ReReviewBanner teamSlug={team.slug} assessmentId={assessmentId} number={version.number} />
        <article className="border-border bg-surface rounded-lg border px-5 py-4 sm:px-8 sm:py-6">
          <DocView teamSlug={team.slug} doc={version.content as DocJson} citations={version.citations} />
        </article>
      </div>
    </HydrateClient>
  );
}
