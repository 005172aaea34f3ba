import type { ReactNode } from "react";

import { citedClaimIds } from "@/lib/assessments/doc-text";
import { CITATION_TYPE, KEY_JUDGMENT_TYPE } from "@/lib/assessments/schema-names";
import type { CitedClaimSnapshot, DocJson } from "@/lib/assessments/types";
import { formatDate } from "@/lib/format";
import { LIKELIHOODS } from "@/lib/scales";

import { CitationChipText, citationChipClass } from "./citation-chip-text";

/**
 * A stored assessment (a published version, or the draft for printing) rendered read-only: the same
 * document the editor shows, built from its JSON with React elements (text is never parsed as HTML;
 * links only to http, https and mailto). Citations are numbered note references with the claim's
 * code as published, and the notes follow the text.
 */
export function DocView({
  teamSlug,
  doc,
  citations,
}: {
  teamSlug: string;
  doc: DocJson;
  citations: readonly CitedClaimSnapshot[];
}) {
  const ids = citedClaimIds(doc);
  const byId = new Map(citations.map((citation) => [citation.claimId, citation]));
  const context: RenderContext = {
    teamSlug,
    note: (claimId) => {
      const index = ids.indexOf(claimId);
      return { number: index < 0 ? null : index + 1, claim: byId.get(claimId) ?? null };
    },
  };
  return (
    <div className="flex flex-col gap-6">
      <div className="assessment-document">{renderChildren(doc, context, "d")}</div>
      {ids.length ? (
        <section aria-labelledby="version-notes" className="border-border flex flex-col gap-2 border-t pt-4">
          <h2 id="version-notes" className="text-sm font-semibold">
            Notes
          </h2>
          <ol className="flex flex-col gap-1.5 text-sm">
            {ids.map((id, index) => {
              const claim = byId.get(id);
              return (
                <li key={id} id={`note-${index + 1}`} className="flex gap-2">
                  <span className="text-muted w-5 shrink-0 text-right font-mono text-xs">{index + 1}.</span>
                  {claim ? (
                    <span>
                      {claim.statement} “{claim.quote}” — <em>{claim.articleTitle}</em>
                      {claim.outletName ? `, ${claim.outletName}` : ""}
                      {claim.publishedAt ? `, ${formatDate(new Date(claim.publishedAt))}` : ""}. Code{" "}
                      {claim.code}.{" "}
                      <a
                        className="text-primary underline underline-offset-2 print:hidden"
                        href={`/t/${teamSlug}/articles/${claim.articleId}?claim=${claim.claimId}`}
                      >
                        Open in the reader
                      </a>
                    </span>
                  ) : (
                    <span className="text-muted">A claim that was not found when this was published.</span>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

interface RenderContext {
  teamSlug: string;
  note: (claimId: string) => { number: number | null; claim: CitedClaimSnapshot | null };
}

function renderChildren(node: DocJson, context: RenderContext, key: string): ReactNode[] {
  return (node.content ?? []).map((child, index) => renderNode(child, context, `${key}.${index}`));
}

function safeHref(value: unknown): string | null {
  return typeof value === "string" && /^(https?:|mailto:)/i.test(value.trim()) ? value.trim() : null;
}

function renderText(node: DocJson, key: string): ReactNode {
  let out: ReactNode = node.text ?? "";
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "strike") out = <s>{out}</s>;
    else if (mark.type === "underline") out = <u>{out}</u>;
    else if (mark.type === "code") out = <code>{out}</code>;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href)
        out = (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            {out}
          </a>
        );
    }
  }
  return <span key={key}>{out}</span>;
}

function renderNode(node: DocJson, context: RenderContext, key: string): ReactNode {
  const children = () => renderChildren(node, context, key);
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      const level = Number(node.attrs?.level ?? 2);
      if (level === 1) return <h1 key={key}>{children()}</h1>;
      if (level === 3) return <h3 key={key}>{children()}</h3>;
      return <h2 key={key}>{children()}</h2>;
    }
    case "bulletList":
      return <ul key={key}>{children()}</ul>;
    case "orderedList":
      return <ol key={key}>{children()}</ol>;
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "blockquote":
      return <blockquote key={key}>{children()}</blockquote>;
    case "codeBlock":
      return (
        <pre key={key}>
          <code>{children()}</code>
        </pre>
      );
    case "horizontalRule":
      return <hr key={key} />;
    case "hardBreak":
      return <br key={key} />;
    case "table":
      return (
        <table key={key}>
          <tbody>{children()}</tbody>
        </table>
      );
    case "tableRow":
      return <tr key={key}>{children()}</tr>;
    case "tableHeader":
      return <th key={key}>{children()}</th>;
    case "tableCell":
      return <td key={key}>{children()}</td>;
    case KEY_JUDGMENT_TYPE: {
      const likelihood = LIKELIHOODS.find((item) => item.term === node.attrs?.likelihood);
      const confidence = typeof node.attrs?.confidence === "string" ? node.attrs.confidence : null;
      return (
        <div key={key} data-type="key-judgment" role="group" aria-label="Key judgment">
          <p>{children()}</p>
          <p className="text-muted text-xs">
            Likelihood:{" "}
            {likelihood
              ? `${likelihood.term} (${likelihood.range[0]}–${likelihood.range[1]}%)`
              : "not stated"}{" "}
            · Confidence: {confidence ?? "not stated"}
          </p>
        </div>
      );
    }
    case CITATION_TYPE: {
      const claimId = typeof node.attrs?.claimId === "string" ? node.attrs.claimId : "";
      const { number, claim } = context.note(claimId);
      return (
        <a
          key={key}
          href={number ? `#note-${number}` : undefined}
          className={citationChipClass("border-border-strong")}
        >
          <CitationChipText number={number} claim={claim} />
        </a>
      );
    }
    default:
      return <div key={key}>{children()}</div>;
  }
}
