/**
 * The assessment document's schema, as Tiptap extensions shared by the editor in the browser and the
 * collaboration server (which turns templates into Yjs documents and Yjs documents back into JSON).
 * Both sides must agree node for node, so there is one list. Rendering in the browser adds node views
 * on top (components/assessments/); the schema itself lives here.
 */
import { getSchema, mergeAttributes, Node, type AnyExtension } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";

import { CONFIDENCE_LEVELS, LIKELIHOODS } from "@/lib/scales";

import { CITATION_TYPE, KEY_JUDGMENT_TYPE } from "./schema-names";

export const KEY_JUDGMENT = KEY_JUDGMENT_TYPE;
export const CITATION = CITATION_TYPE;

/**
 * A key judgment: the statement, with its likelihood (one of the seven ICD 203 terms) and confidence
 * (low / moderate / high) as separate attributes, never merged into the sentence.
 */
export const KeyJudgment = Node.create({
  name: KEY_JUDGMENT,
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      likelihood: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute("data-likelihood");
          return LIKELIHOODS.some((item) => item.term === value) ? value : null;
        },
        renderHTML: (attributes) => {
          const value: unknown = attributes.likelihood;
          return typeof value === "string" ? { "data-likelihood": value } : {};
        },
      },
      confidence: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute("data-confidence");
          return (CONFIDENCE_LEVELS as readonly (string | null)[]).includes(value) ? value : null;
        },
        renderHTML: (attributes) => {
          const value: unknown = attributes.confidence;
          return typeof value === "string" ? { "data-confidence": value } : {};
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-type="key-judgment"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "key-judgment" }), 0];
  },
});

/** An inline citation of a claim: an atom that shows the claim's current combined code. */
export const Citation = Node.create({
  name: CITATION,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-claim-id"),
        renderHTML: (attributes) => {
          const value: unknown = attributes.claimId;
          return typeof value === "string" ? { "data-claim-id": value } : {};
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="citation"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { "data-type": "citation" }), "[claim]"];
  },
});

/**
 * The extensions that define the schema. The editor adds collaboration on top and turns StarterKit's
 * own history off (undo is per user, through Yjs).
 */
export function schemaExtensions(options: { isCollaborative?: boolean } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      // With collaboration: undo is per person through Yjs; and no trailing-paragraph plugin, which
      // would make every editor that opens a document ending in a list write a paragraph into it
      // (counting them as authors, and duplicating paragraphs when two open it at once).
      ...(options.isCollaborative ? { undoRedo: false, trailingNode: false } : {}),
      link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"] },
    }),
    TableKit.configure({ table: { resizable: false } }),
    KeyJudgment,
    Citation,
  ];
}

/** The ProseMirror schema of an assessment (for the server: templates to Yjs, Yjs to JSON). */
export function assessmentSchema() {
  return getSchema(schemaExtensions());
}
