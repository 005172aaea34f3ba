"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

import { useAssessmentEditor } from "./assessment-context";
import { CitationChipText, citationChipClass } from "./citation-chip-text";

/**
 * A cited claim inside the text: its note number and its current combined code (B2), which changes
 * when the team re-rates the claim. It leads to the highlighted passage in the reader.
 */
export function CitationView({ node, selected }: ReactNodeViewProps) {
  const { teamSlug, citations, isLoaded, hasFailed, noteNumber } = useAssessmentEditor();
  const claimId = typeof node.attrs.claimId === "string" ? node.attrs.claimId : "";
  const claim = citations.get(claimId);
  const number = noteNumber(claimId);
  // "Removed" only once the team's answer is in and lacks the claim; until then it is loading.
  const isGone = !claim && isLoaded;
  return (
    <NodeViewWrapper as="span" className="citation-chip">
      <a
        href={claim ? `/t/${teamSlug}/articles/${claim.articleId}?claim=${claim.id}` : undefined}
        target="_blank"
        rel="noopener"
        title={claim ? `${claim.statement} (${claim.article.title})` : undefined}
        contentEditable={false}
        aria-busy={!claim && !isGone && !hasFailed ? true : undefined}
        className={citationChipClass(
          claim?.contradictionsCount ? "border-danger text-danger" : "border-border-strong text-foreground",
          !claim && !isGone && "text-muted",
          selected && "ring-primary ring-2",
        )}
      >
        <CitationChipText
          number={number}
          claim={claim && { ...claim, isContradicted: claim.contradictionsCount > 0 }}
          state={claim ? "known" : isGone ? "gone" : hasFailed ? "failed" : "loading"}
        />
      </a>
    </NodeViewWrapper>
  );
}
