import { ReactNodeViewRenderer } from "@tiptap/react";

import { Citation, KeyJudgment, schemaExtensions } from "@/lib/assessments/extensions";

import { CitationView } from "./citation-view";
import { KeyJudgmentView } from "./key-judgment-view";

/**
 * The schema's extensions with the browser's node views on top: same nodes, same attributes (the
 * document stays compatible with the server's), rendered as React components.
 */
export function editorExtensions() {
  return schemaExtensions({ isCollaborative: true }).map((extension) => {
    if (extension.name === KeyJudgment.name)
      return KeyJudgment.extend({ addNodeView: () => ReactNodeViewRenderer(KeyJudgmentView) });
    if (extension.name === Citation.name)
      return Citation.extend({ addNodeView: () => ReactNodeViewRenderer(CitationView) });
    return extension;
  });
}
