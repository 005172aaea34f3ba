import { and, eq } from "drizzle-orm";

import { assessments } from "@/db/schema";
import { citedFromClaim } from "@/lib/assessments/cited";
import { citedClaimIds } from "@/lib/assessments/doc-text";
import { assessmentToMarkdown, type MarkdownNote } from "@/lib/assessments/markdown";
import type { CitedClaimSnapshot, DocJson } from "@/lib/assessments/types";
import { AppError } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { listClaimsByIds } from "../claims/list-claims-by-ids";

import { findAssessment } from "./assessment-rows";
import { findVersion } from "./get-version";

/** A file name from a title: lower case, dashes, nothing a file system objects to. */
export function fileNameFor(title: string, suffix: string): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "assessment";
  return `${base}${suffix}.md`;
}

function toNotes(citations: readonly CitedClaimSnapshot[]): MarkdownNote[] {
  return citations.map((citation) => ({
    claimId: citation.claimId,
    statement: citation.statement,
    quote: citation.quote,
    code: citation.code,
    articleTitle: citation.articleTitle,
    outletName: citation.outletName,
    publishedAt: citation.publishedAt,
  }));
}

/**
 * What an export shows: a published version as it was published (its notes with the codes of that
 * moment), or the current draft with the claims' current codes.
 */
export async function assessmentForExport(
  ctx: TeamContext,
  input: { assessmentId: string; number?: number | undefined },
): Promise<{
  title: string;
  subtitle: string;
  doc: DocJson;
  citations: CitedClaimSnapshot[];
  suffix: string;
}> {
  assertCan(ctx.actor, "assessment.read");
  const found = await findAssessment(ctx.db, ctx.actor, input.assessmentId);
  if (input.number !== undefined) {
    const version = await findVersion(ctx, { assessmentId: found.id, number: input.number });
    return {
      title: version.title,
      subtitle: `Version ${version.number}, published ${version.publishedAt.toISOString().slice(0, 10)} by ${version.publishedByName}, approved by ${version.approvedByName}.`,
      doc: version.content,
      citations: version.citations,
      suffix: `-v${version.number}`,
    };
  }
  const [draft] = await ctx.db
    .select({ title: assessments.title, content: assessments.content, updatedAt: assessments.updatedAt })
    .from(assessments)
    .where(and(eq(assessments.id, found.id), eq(assessments.teamId, ctx.actor.teamId)));
  if (!draft) throw new AppError("ASSESSMENT_NOT_FOUND");
  return {
    title: draft.title,
    subtitle: `Draft as of ${draft.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC (not published).`,
    doc: draft.content,
    // The draft shows the claims as the reader sees them now (blind rating hides what it hides).
    citations: (await listClaimsByIds(ctx, { claimIds: citedClaimIds(draft.content) })).items.map(
      citedFromClaim,
    ),
    suffix: "-draft",
  };
}

/** The assessment (a version, or the draft) as a Markdown file with its notes. */
export async function exportMarkdown(
  ctx: TeamContext,
  input: { assessmentId: string; number?: number | undefined },
) {
  const source = await assessmentForExport(ctx, input);
  return {
    fileName: fileNameFor(source.title, source.suffix),
    markdown: assessmentToMarkdown({
      title: source.title,
      subtitle: source.subtitle,
      doc: source.doc,
      notes: toNotes(source.citations),
    }),
  };
}
