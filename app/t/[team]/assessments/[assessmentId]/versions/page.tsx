import { History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { AssessmentBreadcrumb } from "@/components/assessments/assessment-breadcrumb";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { getCaller, requireTeam } from "@/server/api/rsc";
import { orNotFound } from "@/server/api/rsc-not-found";

export const metadata: Metadata = { title: "Version history" };

/** Every published version of an assessment, and a form to compare any two (or one with the draft). */
export default async function VersionsPage({
  params,
}: {
  params: Promise<{ team: string; assessmentId: string }>;
}) {
  const { team: slug, assessmentId } = await params;
  const team = await requireTeam(slug, `/t/${slug}/assessments/${assessmentId}/versions`);
  const caller = await getCaller();
  const assessment = await orNotFound(() => caller.assessments.get({ teamSlug: team.slug, assessmentId }));
  const { items } = await caller.assessments.versions({ teamSlug: team.slug, assessmentId });
  const base = `/t/${team.slug}/assessments/${assessmentId}`;
  const selectClass =
    "border-border-strong bg-surface h-10 rounded-md border px-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2";
  return (
    <div className="flex flex-col gap-5">
      <AssessmentBreadcrumb teamSlug={team.slug} assessment={assessment} />
      <h1 className="text-2xl font-semibold tracking-tight">Version history</h1>
      {items.length === 0 ? (
        <EmptyState
          icon={History}
          title="Nothing published yet"
          description="When a reviewer approves the draft and an editor publishes it, it appears here as version 1."
        />
      ) : (
        <>
          <ol
            aria-label="Published versions"
            className="border-border divide-border divide-y rounded-lg border"
          >
            {items.map((version) => (
              <li key={version.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <div className="flex flex-col">
                  <Link href={`${base}/versions/${version.number}`} className="font-medium hover:underline">
                    Version {version.number}: {version.title}
                  </Link>
                  <span className="text-muted text-sm">
                    Published {formatDateTime(version.publishedAt)} by {version.publishedByName} · approved by{" "}
                    {version.approvedByName}
                  </span>
                </div>
                {version.number > 1 ? (
                  <Button size="sm" variant="ghost" asChild>
                    <Link href={`${base}/compare?from=${version.number - 1}&to=${version.number}`}>
                      Changes from version {version.number - 1}
                    </Link>
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          <form action={`${base}/compare`} className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Compare
              <select
                name="from"
                className={selectClass}
                defaultValue={String((items.length > 1 ? items[1] : items[0])?.number ?? 1)}
              >
                {items.map((version) => (
                  <option key={version.id} value={version.number}>
                    Version {version.number}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              with
              {/* The newest version with the one before it; a first version with the draft. */}
              <select
                name="to"
                className={selectClass}
                defaultValue={items.length > 1 ? String(items[0]?.number) : "draft"}
              >
                {items.map((version) => (
                  <option key={version.id} value={version.number}>
                    Version {version.number}
                  </option>
                ))}
                <option value="draft">The current draft</option>
              </select>
            </label>
            <Button type="submit" variant="secondary">
              Show changes
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
