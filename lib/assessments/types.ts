/**
 * The assessment document as JSON: ProseMirror's node tree, as the editor (Tiptap) and the Yjs
 * binding produce it. Kept structural here; the node types are named in lib/assessments/schema-names.
 */
export interface DocJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A cited claim as it stood when a version was published. */
export interface CitedClaimSnapshot {
  claimId: string;
  statement: string;
  quote: string;
  code: string;
  credibility: string | null;
  reliability: string | null;
  contradictionsCount: number;
  articleId: string;
  articleTitle: string;
  outletName: string | null;
  publishedAt: string | null;
}
