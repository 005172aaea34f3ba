/**
 * The tradecraft scales, as data: one place for their codes, labels and definitions, used by the
 * database enums, the pickers, the badges and the tooltips.
 */

/** Source reliability, Admiralty Code (NATO AJP-2.1): how far a source has proved trustworthy. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY: Record<ReliabilityGrade, { label: string; definition: string }> = {
  A: {
    label: "Completely reliable",
    definition: "No doubt of authenticity, trustworthiness or competency; a history of complete reliability.",
  },
  B: {
    label: "Usually reliable",
    definition:
      "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
  },
  C: {
    label: "Fairly reliable",
    definition:
      "Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  D: {
    label: "Not usually reliable",
    definition:
      "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  },
  E: {
    label: "Unreliable",
    definition: "Lacking in authenticity, trustworthiness and competency; a history of invalid information.",
  },
  F: {
    label: "Reliability cannot be judged",
    definition: "No basis exists for evaluating the reliability of the source.",
  },
};

/** Information credibility, Admiralty Code: how far a piece of information is borne out. */
export const CREDIBILITY_LEVELS = ["1", "2", "3", "4", "5", "6"] as const;
export type CredibilityLevel = (typeof CREDIBILITY_LEVELS)[number];

export const CREDIBILITY: Record<CredibilityLevel, { label: string; definition: string }> = {
  "1": {
    label: "Confirmed by other sources",
    definition:
      "Confirmed by other independent sources; logical in itself; consistent with other information on the subject.",
  },
  "2": {
    label: "Probably true",
    definition: "Not confirmed; logical in itself; consistent with other information on the subject.",
  },
  "3": {
    label: "Possibly true",
    definition:
      "Not confirmed; reasonably logical in itself; agrees with some other information on the subject.",
  },
  "4": {
    label: "Doubtful",
    definition: "Not confirmed; possible but not logical; no other information on the subject.",
  },
  "5": {
    label: "Improbable",
    definition: "Not confirmed; not logical in itself; contradicted by other information on the subject.",
  },
  "6": {
    label: "Truth cannot be judged",
    definition: "No basis exists for evaluating the validity of the information.",
  },
};

/** Estimative language, ICD 203: the seven terms and the probability range each stands for. */
export const LIKELIHOODS = [
  { term: "almost no chance", range: [1, 5] },
  { term: "very unlikely", range: [5, 20] },
  { term: "unlikely", range: [20, 45] },
  { term: "roughly even chance", range: [45, 55] },
  { term: "likely", range: [55, 80] },
  { term: "very likely", range: [80, 95] },
  { term: "almost certain", range: [95, 99] },
] as const;
export type LikelihoodTerm = (typeof LIKELIHOODS)[number]["term"];

/** Analytic confidence: a separate judgment from likelihood, never merged into its sentence. */
export const CONFIDENCE_LEVELS = ["low", "moderate", "high"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Position on the ordinal A–E part of the scale (A = 0). F is not on it and has no rank. */
export function reliabilityRank(grade: ReliabilityGrade): number | null {
  return grade === "F" ? null : RELIABILITY_GRADES.indexOf(grade);
}

/** Position on the ordinal 1–5 part of the scale (1 = 0). 6 is not on it and has no rank. */
export function credibilityRank(level: CredibilityLevel): number | null {
  return level === "6" ? null : CREDIBILITY_LEVELS.indexOf(level);
}

/** The team's view of one object's ratings: the median, how far apart the analysts are, how many. */
export interface Consensus<T extends string> {
  /** The team's value: the median of the current ratings; null with no ratings. */
  grade: T | null;
  /** Steps between the most and least favourable rating on the ordinal part (0 when they agree). */
  spread: number;
  /** True when two analysts are two or more steps apart. */
  isDisputed: boolean;
  /** How many analysts have a current rating. */
  count: number;
}

export type ReliabilityConsensus = Consensus<ReliabilityGrade>;
export type CredibilityConsensus = Consensus<CredibilityLevel>;

/**
 * Both Admiralty scales have the same shape: five ordered values and a last one, "cannot be judged",
 * that is not on the order. The median is taken over the ordered five; with an even number of ratings
 * the less favourable middle value is chosen (the cautious reading). "Cannot be judged" does not pull
 * the median; it is the consensus only when every analyst chose it.
 */
function admiraltyConsensus<T extends string>(values: readonly T[], scale: readonly T[]): Consensus<T> {
  const unjudged = scale[scale.length - 1];
  const ranks = values
    .filter((value) => value !== unjudged)
    .map((value) => scale.indexOf(value))
    .sort((a, b) => a - b);
  if (values.length === 0) return { grade: null, spread: 0, isDisputed: false, count: 0 };
  if (ranks.length === 0)
    return { grade: unjudged ?? null, spread: 0, isDisputed: false, count: values.length };
  const middle = ranks[Math.floor(ranks.length / 2)] ?? 0;
  const spread = (ranks.at(-1) ?? 0) - (ranks[0] ?? 0);
  return { grade: scale[middle] ?? null, spread, isDisputed: spread >= 2, count: values.length };
}

/** The team's reliability consensus for a source from each analyst's current grade. */
export function reliabilityConsensus(grades: readonly ReliabilityGrade[]): ReliabilityConsensus {
  return admiraltyConsensus(grades, RELIABILITY_GRADES);
}

/** The team's credibility consensus for a claim from each analyst's current level. */
export function credibilityConsensus(levels: readonly CredibilityLevel[]): CredibilityConsensus {
  return admiraltyConsensus(levels, CREDIBILITY_LEVELS);
}

/**
 * The combined Admiralty code shown wherever a claim appears, e.g. "B2": the source's reliability
 * then the information's credibility. A half nobody has rated (or that blind rating hides) is "?".
 */
export function combinedCode(
  reliability: ReliabilityGrade | null,
  credibility: CredibilityLevel | null,
): string {
  return `${reliability ?? "?"}${credibility ?? "?"}`;
}

export function isReliabilityGrade(value: unknown): value is ReliabilityGrade {
  return typeof value === "string" && (RELIABILITY_GRADES as readonly string[]).includes(value);
}

export function isCredibilityLevel(value: unknown): value is CredibilityLevel {
  return typeof value === "string" && (CREDIBILITY_LEVELS as readonly string[]).includes(value);
}
