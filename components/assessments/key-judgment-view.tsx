"use client";

import type { Editor } from "@tiptap/core";
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useId, useState } from "react";

import { CONFIDENCE_LEVELS, LIKELIHOODS } from "@/lib/scales";

/**
 * Whether the editor takes changes now. A node view renders again only when its node changes, so it
 * listens for the lock (setEditable emits "update") instead of reading the flag once.
 */
function useIsEditable(editor: Editor): boolean {
  const [isEditable, setEditable] = useState(editor.isEditable);
  useEffect(() => {
    const check = () => setEditable(editor.isEditable);
    check();
    editor.on("update", check);
    return () => {
      editor.off("update", check);
    };
  }, [editor]);
  return isEditable;
}

/**
 * A key judgment in the editor: the statement is edited in place; likelihood (the seven ICD 203 terms,
 * with their ranges) and confidence are chosen beside it, as separate fields, and sync to everyone.
 */
export function KeyJudgmentView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const id = useId();
  const likelihood = typeof node.attrs.likelihood === "string" ? node.attrs.likelihood : "";
  const confidence = typeof node.attrs.confidence === "string" ? node.attrs.confidence : "";
  const term = LIKELIHOODS.find((item) => item.term === likelihood);
  const isEditable = useIsEditable(editor);
  return (
    <NodeViewWrapper
      as="div"
      className="key-judgment border-primary bg-primary-soft/50 my-1 flex flex-col gap-2 rounded-r-md border-l-4 py-2 pr-3 pl-3"
    >
      <div contentEditable={false} className="flex flex-wrap items-center gap-2 text-xs select-none">
        <span className="text-primary font-semibold tracking-wide uppercase">Key judgment</span>
        {isEditable ? (
          <>
            <label htmlFor={`${id}-likelihood`} className="sr-only">
              Likelihood
            </label>
            <select
              id={`${id}-likelihood`}
              value={likelihood}
              onChange={(event) => updateAttributes({ likelihood: event.target.value || null })}
              className="border-border-strong bg-surface rounded border px-1.5 py-0.5"
            >
              <option value="">Likelihood…</option>
              {LIKELIHOODS.map((item) => (
                <option key={item.term} value={item.term}>
                  {item.term} ({item.range[0]}–{item.range[1]}%)
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-confidence`} className="sr-only">
              Confidence
            </label>
            <select
              id={`${id}-confidence`}
              value={confidence}
              onChange={(event) => updateAttributes({ confidence: event.target.value || null })}
              className="border-border-strong bg-surface rounded border px-1.5 py-0.5"
            >
              <option value="">Confidence…</option>
              {CONFIDENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level} confidence
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className="text-muted">
            {term ? `${term.term} (${term.range[0]}–${term.range[1]}%)` : "no likelihood"} ·{" "}
            {confidence ? `${confidence} confidence` : "no confidence"}
          </span>
        )}
      </div>
      <NodeViewContent as="div" className="key-judgment-text" />
    </NodeViewWrapper>
  );
}
