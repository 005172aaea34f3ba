"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

import { cn } from "@/lib/cn";

import { useAssessmentEditor } from "./assessment-context";

/**
 * A cited claim inside the text: its note number and its current combined code (B2), which changes
 * when the team re-rates the claim. It leads to the highlighted passage in the reader.
 */
export function CitationView({ node, selected }: ReactNodeViewProps) {
  const { teamSlug, citations, noteNumber } = useAssessmentEditor();
  const claimId = typeof node.attrs.claimId === "string" ? node.attrs.claimId : "";
  const claim = citations.get(claimId);
  const number = noteNumber(claimId);
  const label = claim
    ? `Note ${number ?? "?"}: claim “${claim.statement}”, code ${claim.code}${claim.contradictionsCount ? ", contradicted" : ""}`
    : "A cited claim that no longer exists";
  return (
    <NodeViewWrapper as="span" className="citation-chip">
      <a
        href={claim ? `/t/${teamSlug}/articles/${claim.articleId}?claim=${claim.id}` : undefined}
        target="_blank"
        rel="noopener"
        aria-label={label}
        title={claim ? `${claim.statement} (${claim.article.title})` : label}
        contentEditable={false}
        className={cn(
          "mx-0.5 inline-flex items-baseline gap-1 rounded border px-1 font-mono text-xs no-underline",
          claim?.contradictionsCount ? "border-danger text-danger" : "border-border-strong text-foreground",
          selected && "ring-primary ring-2",
        )}
      >
        <sup>{number ?? "?"}</sup>
        <span className="font-bold">{claim ? claim.code : "removed"}</span>
      </a>
    </NodeViewWrapper>
  );
}
