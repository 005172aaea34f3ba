/**
 * Claims as data: the kinds of claim, their review statuses, the relations between claims and the
 * tag palette. One place for codes, labels and explanations, used by the database enums, the forms,
 * the filters and the badges.
 */

export const CLAIM_TYPES = ["fact", "quote", "opinion", "prediction", "figure"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const CLAIM_TYPE_INFO: Record<ClaimType, { label: string; description: string }> = {
  fact: { label: "Fact", description: "A statement about what happened or what is, that can be checked." },
  quote: { label: "Quote", description: "Words attributed to a named person or body." },
  opinion: { label: "Opinion", description: "A judgment or interpretation by the speaker." },
  prediction: { label: "Prediction", description: "A statement about what will happen." },
  figure: { label: "Figure", description: "A number: a count, an amount, a date, a percentage." },
};

export const CLAIM_STATUSES = ["open", "corroborated", "contradicted", "unresolved"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_INFO: Record<ClaimStatus, { label: string; description: string }> = {
  open: { label: "Open", description: "Tagged, not yet checked against other sources." },
  corroborated: { label: "Corroborated", description: "Other independent evidence bears it out." },
  contradicted: { label: "Contradicted", description: "Other evidence says otherwise." },
  unresolved: { label: "Unresolved", description: "Checked, but the evidence does not settle it." },
};

/**
 * The mark of a claim other claims contradict (links between claims), worded unlike the review
 * status "Contradicted" (an analyst's verdict), so a row never reads "Contradicted · Contradicted".
 */
export function contradictionMark(count: number): string {
  return count === 1 ? "1 contradicting claim" : `${count.toLocaleString("en")} contradicting claims`;
}

/**
 * How one claim bears on another. Stored once, from the claim it was made on; `inverse` is how the
 * other claim shows it ("A corroborates B" appears on B as "corroborated by A").
 */
export const LINK_KINDS = ["corroborates", "contradicts", "duplicates", "elaborates"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_KIND_INFO: Record<LinkKind, { label: string; inverse: string; description: string }> = {
  corroborates: {
    label: "Corroborates",
    inverse: "Corroborated by",
    description: "Independent evidence for the same thing.",
  },
  contradicts: {
    label: "Contradicts",
    inverse: "Contradicted by",
    description: "The two cannot both be true.",
  },
  duplicates: {
    label: "Duplicates",
    inverse: "Duplicated by",
    description: "The same claim, repeated (often copied from one origin): not independent evidence.",
  },
  elaborates: {
    label: "Elaborates",
    inverse: "Elaborated by",
    description: "Adds detail to the other claim without confirming or denying it.",
  },
};

/** Tag colours: names of a fixed palette, so every tag reads in both themes. */
export const TAG_COLORS = [
  "slate",
  "red",
  "orange",
  "amber",
  "green",
  "teal",
  "blue",
  "indigo",
  "violet",
  "pink",
] as const;
export type TagColor = (typeof TAG_COLORS)[number];

/** Limits shared by the forms and the server's validation. */
export const CLAIM_LIMITS = {
  statement: 2_000,
  rationale: 2_000,
  linkNote: 1_000,
  tagName: 60,
  tagDescription: 500,
  tagsPerClaim: 20,
  comment: 10_000,
} as const;
