import type { Metadata } from "next";
import { GitCompare } from "lucide-react";
import { notFound } from "next/navigation";

import { AssessmentBreadcrumb } from "@/components/assessments/assessment-breadcrumb";
import { WithNoteMarks } from "@/components/assessments/note-marks";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/lib/cn";
import { parseVersionNumber } from "@/lib/assessments/params";
import { getCaller, requireTeam } from "@/server/api/rsc";
import { orNotFound } from "@/server/api/rsc-not-found";

export const metadata: Metadata = { title: "Compare versions" };

/** What changed between two versions (or a version and the draft), block by block and word by word. */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ team: string; assessmentId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { team: slug, assessmentId } = await params;
  const query = await searchParams;
  const team = await requireTeam(slug, `/t/${slug}/assessments/${assessmentId}/compare`);
  const caller = await getCaller();
  const assessment = await orNotFound(() => caller.assessments.get({ teamSlug: team.slug, assessmentId }));
  const latest = assessment.publishedVersion;
  if (latest === 0)
    return (
      <div className="flex flex-col gap-5">
        <AssessmentBreadcrumb teamSlug={team.slug} assessment={assessment} />
        <EmptyState
          icon={GitCompare}
          title="Nothing to compare yet"
          description="Versions are compared once one is published: the comparison shows what changed since, word by word."
        />
      </div>
    );
  // Left out, the comparison is the one people want most: the latest version with the draft, or a
  // version with the one before it.
  const to = query.to === undefined ? "draft" : query.to === "draft" ? "draft" : parseVersionNumber(query.to);
  const from =
    query.from === undefined ? (typeof to === "number" ? to - 1 : latest) : parseVersionNumber(query.from);
  if (!from || !to) notFound();
  const diff = await orNotFound(() =>
    caller.assessments.diff({ teamSlug: team.slug, assessmentId, from, to }),
  );
  const toLabel = to === "draft" ? "the current draft" : `version ${to}`;
  return (
    <div className="flex flex-col gap-5">
      <AssessmentBreadcrumb teamSlug={team.slug} assessment={assessment} withVersions />
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          Changes from version {from} to {toLabel}
        </h1>
        <p className="text-muted text-sm" role="status">
          {diff.stats.changed + diff.stats.added + diff.stats.removed === 0
            ? "No changes."
            : `${diff.stats.changed} changed, ${diff.stats.added} added, ${diff.stats.removed} removed.`}{" "}
          Added text is underlined in green, removed text struck through in red.
        </p>
      </header>
      <ol
        aria-label="Changes"
        className="border-border bg-surface flex flex-col gap-3 rounded-lg border px-5 py-4"
      >
        {diff.blocks.map((block, index) => {
          const key = `${block.kind}-${index}`;
          if (block.kind === "folded")
            return (
              <li key={key} className="text-muted text-center text-xs">
                … {block.count} unchanged {block.count === 1 ? "block" : "blocks"} …
              </li>
            );
          if (block.kind === "changed")
            return (
              <li key={key} className="whitespace-pre-wrap" aria-label="Changed">
                {block.parts.map((part, partIndex) =>
                  part.change === "same" ? (
                    <span key={partIndex}>
                      <WithNoteMarks text={part.text} />
                    </span>
                  ) : part.change === "added" ? (
                    <ins key={partIndex} className="bg-success-soft text-success decoration-2">
                      <span className="sr-only">[added: </span>
                      <WithNoteMarks text={part.text} />
                      <span className="sr-only">]</span>
                    </ins>
                  ) : (
                    <del key={partIndex} className="bg-danger-soft text-danger">
                      <span className="sr-only">[removed: </span>
                      <WithNoteMarks text={part.text} />
                      <span className="sr-only">]</span>
                    </del>
                  ),
                )}
              </li>
            );
          return (
            <li
              key={key}
              aria-label={block.kind === "added" ? "Added" : block.kind === "removed" ? "Removed" : undefined}
              className={cn(
                "whitespace-pre-wrap",
                block.kind === "added" && "bg-success-soft border-success border-l-4 pl-3",
                block.kind === "removed" && "bg-danger-soft border-danger border-l-4 pl-3 line-through",
              )}
            >
              <WithNoteMarks text={block.text} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
