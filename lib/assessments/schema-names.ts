/** The names of the assessment document's own node types, shared by the schema and pure code. */
export const KEY_JUDGMENT_TYPE = "keyJudgment";
export const CITATION_TYPE = "citation";
