/**
 * The estimative-language check: what a reviewer of intelligence writing would flag in the key
 * judgments of a draft, following ICD 203. Likelihood (one of the seven terms) and confidence
 * (low / moderate / high) are separate judgments; a judgment rests on cited evidence; hedging words
 * hide the likelihood instead of stating it; terms from outside the scale blur it.
 */
import { LIKELIHOODS, type LikelihoodTerm } from "@/lib/scales";

import { KEY_JUDGMENT_TYPE } from "./schema-names";
import type { DocJson } from "./types";

export type FindingKind =
  | "missing-likelihood"
  | "missing-confidence"
  | "no-evidence"
  | "merged-confidence"
  | "vague-word"
  | "off-scale-term"
  | "mismatched-term";

export interface Finding {
  kind: FindingKind;
  /** Which key judgment, counting from 1 in document order. */
  judgment: number;
  /** The start of the judgment's text, to find it. */
  excerpt: string;
  message: string;
}

/** Hedges that leave the likelihood unstated. */
const VAGUE_WORDS = ["could", "may", "might", "possibly", "perhaps", "potentially"];

/** Words people use for likelihood that are not the scale's, and the scale term to use instead. */
const OFF_SCALE: { phrase: string; use: LikelihoodTerm }[] = [
  { phrase: "highly likely", use: "very likely" },
  { phrase: "highly probable", use: "very likely" },
  { phrase: "highly unlikely", use: "very unlikely" },
  { phrase: "highly improbable", use: "very unlikely" },
  { phrase: "nearly certain", use: "almost certain" },
  { phrase: "almost certainly", use: "almost certain" },
  { phrase: "certainly", use: "almost certain" },
  { phrase: "definitely", use: "almost certain" },
  { phrase: "improbable", use: "unlikely" },
  { phrase: "probable", use: "likely" },
  { phrase: "probably", use: "likely" },
  { phrase: "remote", use: "almost no chance" },
  { phrase: "even odds", use: "roughly even chance" },
  { phrase: "toss-up", use: "roughly even chance" },
  { phrase: "fifty-fifty", use: "roughly even chance" },
];

const CONFIDENCE_PHRASE =
  /\b(low|moderate|medium|high)\s+confidence\b|\bconfidence\s+(is\s+)?(low|moderate|medium|high)\b/i;

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordPattern = (phrase: string) => new RegExp(`(?<![\\p{L}-])${escape(phrase)}(?![\\p{L}-])`, "iu");

/** The scale terms a text uses, longest first so "very likely" is not also read as "likely". */
export function scaleTermsIn(text: string): LikelihoodTerm[] {
  const found: LikelihoodTerm[] = [];
  let rest = text.toLowerCase();
  for (const { term } of [...LIKELIHOODS].sort((a, b) => b.term.length - a.term.length)) {
    const pattern = new RegExp(wordPattern(term).source, "giu");
    if (pattern.test(rest)) {
      found.push(term);
      rest = rest.replace(pattern, " ");
    }
  }
  return found;
}

/** The text of a node and everything in it, without separators. */
export function textOf(node: DocJson): string {
  if (node.type === "text") return node.text ?? "";
  return (node.content ?? []).map(textOf).join("");
}

function hasCitation(node: DocJson): boolean {
  return node.type === "citation" || (node.content ?? []).some(hasCitation);
}

/** The key judgments of a document, in order. */
export function keyJudgments(doc: DocJson): DocJson[] {
  const found: DocJson[] = [];
  const walk = (node: DocJson) => {
    if (node.type === KEY_JUDGMENT_TYPE) found.push(node);
    else for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return found;
}

/** Check every key judgment of a document; no findings means the judgments read as ICD 203 asks. */
export function checkEstimativeLanguage(doc: DocJson): Finding[] {
  const findings: Finding[] = [];
  keyJudgments(doc).forEach((node, index) => {
    const text = textOf(node).trim();
    const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    const judgment = index + 1;
    const add = (kind: FindingKind, message: string) => findings.push({ kind, judgment, excerpt, message });
    const likelihood = typeof node.attrs?.likelihood === "string" ? node.attrs.likelihood : null;
    const confidence = typeof node.attrs?.confidence === "string" ? node.attrs.confidence : null;
    if (!likelihood) add("missing-likelihood", "No likelihood: choose one of the seven terms of the scale.");
    if (!confidence) add("missing-confidence", "No confidence level: choose low, moderate or high.");
    if (!hasCitation(node)) add("no-evidence", "No cited evidence: cite the claims this judgment rests on.");
    if (CONFIDENCE_PHRASE.test(text))
      add(
        "merged-confidence",
        "Confidence is written into the sentence: state it in the confidence field, apart from the likelihood.",
      );
    for (const word of VAGUE_WORDS)
      if (wordPattern(word).test(text))
        add("vague-word", `“${word}” hedges without a likelihood: say how likely, with a term of the scale.`);
    let offScaleText = text;
    for (const { phrase, use } of OFF_SCALE) {
      const pattern = wordPattern(phrase);
      if (pattern.test(offScaleText)) {
        add("off-scale-term", `“${phrase}” is not on the scale: use “${use}”.`);
        offScaleText = offScaleText.replace(new RegExp(pattern.source, "giu"), " ");
      }
    }
    const terms = scaleTermsIn(offScaleText);
    if (likelihood && terms.some((term) => term !== likelihood))
      add(
        "mismatched-term",
        `The sentence says “${terms.find((term) => term !== likelihood) ?? ""}” but the likelihood is “${likelihood}”.`,
      );
  });
  return findings;
}
