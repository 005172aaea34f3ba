"use client";

import { AlertTriangle, CheckCircle2 } from "lucide-react";
import Link from "next/link";

import { ClaimCode } from "@/components/claims/claim-code";
import type { Finding } from "@/lib/assessments/estimative";
import { formatDate } from "@/lib/format";

import type { CitedClaim } from "./assessment-context";

/** The estimative-language check of the key judgments, updated as the text changes. */
export function ChecksPanel({ findings, judgments }: { findings: readonly Finding[]; judgments: number }) {
  if (judgments === 0)
    return (
      <p className="text-muted text-sm">No key judgments yet. Add one with the “Key judgment” button.</p>
    );
  if (findings.length === 0)
    return (
      <p className="text-success inline-flex items-center gap-1.5 text-sm">
        <CheckCircle2 aria-hidden="true" className="size-4" /> All {judgments} key judgments have a
        likelihood, a confidence and cited evidence, in the scale&apos;s words.
      </p>
    );
  return (
    <ul aria-label="Findings" className="flex flex-col gap-2 text-sm">
      {findings.map((finding, index) => (
        <li key={index} className="border-warning/40 bg-warning-soft flex gap-2 rounded-md border p-2">
          <AlertTriangle aria-hidden="true" className="text-warning mt-0.5 size-4 shrink-0" />
          <span className="flex flex-col">
            <span>
              <strong className="font-medium">Judgment {finding.judgment}:</strong> {finding.message}
            </span>
            <span className="text-muted text-xs">“{finding.excerpt}”</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Every cited claim with its current ratings; a contradicted one is marked. */
export function EvidencePanel({
  teamSlug,
  claims,
}: {
  teamSlug: string;
  claims: readonly (CitedClaim & { number: number })[];
}) {
  if (claims.length === 0)
    return (
      <p className="text-muted text-sm">
        Nothing cited yet. Use “Cite a claim” to cite the team&apos;s claims.
      </p>
    );
  return (
    <ol aria-label="Cited claims" className="flex flex-col gap-2 text-sm">
      {claims.map((claim) => (
        <li key={claim.id} className="border-border flex items-start gap-2 rounded-md border p-2">
          <span className="text-muted w-5 shrink-0 text-right font-mono text-xs">{claim.number}.</span>
          <ClaimCode reliability={claim.reliability} credibility={claim.credibility} size="sm" />
          <span className="flex min-w-0 flex-col gap-0.5">
            <Link href={`/t/${teamSlug}/claims/${claim.id}`} className="font-medium hover:underline">
              {claim.statement}
            </Link>
            {claim.contradictionsCount > 0 ? (
              <span className="text-danger inline-flex items-center gap-1 text-xs font-medium">
                <AlertTriangle aria-hidden="true" className="size-3" /> Contradicted by{" "}
                {claim.contradictionsCount} other claim{claim.contradictionsCount === 1 ? "" : "s"}
              </span>
            ) : null}
            {claim.credibility.isDisputed ? (
              <span className="text-warning text-xs">Credibility disputed</span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The numbered notes under the text: each cited claim's quote, article, outlet and date. */
export function NotesList({ claims }: { claims: readonly (CitedClaim & { number: number })[] }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="assessment-notes" className="border-border flex flex-col gap-2 border-t pt-4">
      <h2 id="assessment-notes" className="text-sm font-semibold">
        Notes
      </h2>
      <ol className="flex flex-col gap-1.5 text-sm">
        {claims.map((claim) => (
          <li key={claim.id} className="flex gap-2">
            <span className="text-muted w-5 shrink-0 text-right font-mono text-xs">{claim.number}.</span>
            <span>
              “{claim.quote}” — <em>{claim.article.title}</em>
              {claim.outletName ? `, ${claim.outletName}` : ""}
              {claim.article.publishedAt ? `, ${formatDate(claim.article.publishedAt)}` : ""}. Code{" "}
              {claim.code}.
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
