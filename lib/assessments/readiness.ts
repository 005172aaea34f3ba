/**
 * What is still open in a draft before it goes to review or out as a version: the Checks panel's
 * findings (estimative.ts), and text a template put there that nobody has replaced yet.
 */
import { checkEstimativeLanguage, textOf, type Finding } from "./estimative";
import { TEMPLATES } from "./templates";
import type { DocJson } from "./types";

/** The blocks whose words a template gives as placeholders (headings are the template's structure). */
const PLACEHOLDER_BLOCKS = new Set(["paragraph", "keyJudgment"]);

function collect(node: DocJson, into: (block: DocJson) => void) {
  if (PLACEHOLDER_BLOCKS.has(node.type)) into(node);
  else for (const child of node.content ?? []) collect(child, into);
}

/** Every placeholder sentence of every template, as written there. */
const PLACEHOLDERS: ReadonlySet<string> = (() => {
  const texts = new Set<string>();
  for (const template of Object.values(TEMPLATES))
    collect(template.content(), (block) => {
      const text = textOf(block).trim();
      if (text) texts.add(text);
    });
  return texts;
})();

export interface Readiness {
  findings: Finding[];
  /** Template sentences still in the text, once each, in document order. */
  placeholders: string[];
}

export function readinessOf(doc: DocJson): Readiness {
  const placeholders: string[] = [];
  collect(doc, (block) => {
    const text = textOf(block).trim();
    if (PLACEHOLDERS.has(text) && !placeholders.includes(text)) placeholders.push(text);
  });
  return { findings: checkEstimativeLanguage(doc), placeholders };
}

/** What the review and publish dialogs show: the sentence, the count, and the template text left. */
export interface ReadinessSummary {
  summary: string | null;
  findings: number;
  placeholders: string[];
}

export function summarizeReadiness(doc: DocJson): ReadinessSummary {
  const readiness = readinessOf(doc);
  return {
    summary: describeReadiness(readiness),
    findings: readiness.findings.length,
    placeholders: readiness.placeholders,
  };
}

/** One sentence for a dialog: "6 open findings in Checks and 2 template sentences still in the text." */
export function describeReadiness({ findings, placeholders }: Readiness): string | null {
  const parts: string[] = [];
  if (findings.length)
    parts.push(`${findings.length} open ${findings.length === 1 ? "finding" : "findings"} in Checks`);
  if (placeholders.length)
    parts.push(
      `${placeholders.length} template ${placeholders.length === 1 ? "sentence" : "sentences"} still in the text`,
    );
  return parts.length ? `${parts.join(" and ")}.` : null;
}

/** Whether anything is still open: a finding in Checks or a template sentence in the text. */
export function hasAnythingOpen({ findings, placeholders }: ReadinessSummary): boolean {
  return findings > 0 || placeholders.length > 0;
}

/**
 * Under the team's rule of nothing open (teams.requiresNothingOpen), why a text may not go to review
 * or be published yet; null when nothing is open. The server refuses with it, the dialogs show it.
 */
export function nothingOpenRefusal(readiness: ReadinessSummary): string | null {
  if (!hasAnythingOpen(readiness) || !readiness.summary) return null;
  const open = readiness.summary.replace(/\.$/, "");
  return `This team sends for review and publishes only a text with nothing open, and this one has ${open}. Resolve them, then send it again.`;
}
