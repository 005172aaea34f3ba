import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DocView } from "@/components/assessments/doc-view";
import { PrintButton } from "@/components/assessments/print-button";
import { citedFromClaim } from "@/lib/assessments/cited";
import { citedClaimIds } from "@/lib/assessments/doc-text";
import { parseVersionNumber } from "@/lib/assessments/params";
import type { CitedClaimSnapshot, DocJson } from "@/lib/assessments/types";
import { formatDateTime } from "@/lib/format";
import { getCaller, requireTeam } from "@/server/api/rsc";
import { orNotFound } from "@/server/api/rsc-not-found";

export const metadata: Metadata = { title: "Print" };

/**
 * A print-ready page of a published version (or of the draft): the text and its notes, without the
 * app around it when printed (print stylesheet), ready to save as PDF from the print dialog.
 */
export default async function PrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string; assessmentId: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { team: slug, assessmentId } = await params;
  const { version: rawVersion } = await searchParams;
  const team = await requireTeam(slug, `/t/${slug}/assessments/${assessmentId}/print`);
  const caller = await getCaller();
  const number = rawVersion === undefined ? null : parseVersionNumber(rawVersion);
  if (rawVersion !== undefined && !number) notFound();
  let title: string;
  let subtitle: string;
  let doc: DocJson;
  let citations: CitedClaimSnapshot[];
  if (number) {
    const version = await orNotFound(() =>
      caller.assessments.version({ teamSlug: team.slug, assessmentId, number }),
    );
    title = version.title;
    subtitle = `Version ${version.number} · published ${formatDateTime(version.publishedAt)} by ${version.publishedByName} · approved by ${version.approvedByName}`;
    doc = version.content as DocJson;
    citations = version.citations;
  } else {
    const assessment = await orNotFound(() => caller.assessments.get({ teamSlug: team.slug, assessmentId }));
    const content = assessment.content as DocJson;
    const cited = await caller.claims.byIds({
      teamSlug: team.slug,
      claimIds: citedClaimIds(content),
    });
    title = assessment.title;
    subtitle = `Draft, not published · as saved ${formatDateTime(assessment.updatedAt)}`;
    doc = content;
    citations = cited.items.map(citedFromClaim);
  }
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link
          href={`/t/${team.slug}/assessments/${assessmentId}${number ? `/versions/${number}` : ""}`}
          className="text-muted text-sm hover:underline"
        >
          Back to the assessment
        </Link>
        <PrintButton />
      </div>
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
        <p className="text-muted text-sm">
          {team.name} · {subtitle}
        </p>
      </header>
      <DocView teamSlug={team.slug} doc={doc} citations={citations} />
    </div>
  );
}
