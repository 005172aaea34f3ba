/**
 * The demo team's assessment: the four-track framework of seed article 004 filled in from the demo
 * claims, with key judgments in calibrated language citing them. Version 1 is published; the draft
 * has gone on since (one more sentence), so history and comparison have something to show.
 */
import type { DocJson } from "@/lib/assessments/types";

export const DEMO_ASSESSMENT_TITLE = "Istanbul talks: where the four tracks stand";

type Inline = string | { cite: string };

const inline = (parts: Inline[], claimIds: ReadonlyMap<string, string>): DocJson[] =>
  parts.flatMap((part): DocJson[] => {
    if (typeof part === "string") return [{ type: "text", text: part }];
    const claimId = claimIds.get(part.cite);
    return claimId ? [{ type: "citation", attrs: { claimId } }] : [];
  });

/** The document, with citations resolved to the demo claims' ids (by their keys in demo-claims). */
export function demoAssessmentDoc(
  claimIds: ReadonlyMap<string, string>,
  options: { isDraft: boolean },
): DocJson {
  const p = (...parts: Inline[]): DocJson => ({ type: "paragraph", content: inline(parts, claimIds) });
  const h = (level: 2 | 3, value: string): DocJson => ({
    type: "heading",
    attrs: { level },
    content: [{ type: "text", text: value }],
  });
  const bullets = (...items: string[]): DocJson => ({
    type: "bulletList",
    content: items.map((item) => ({ type: "listItem", content: [p(item)] })),
  });
  const judgment = (likelihood: string, confidence: string, ...parts: Inline[]): DocJson => ({
    type: "keyJudgment",
    attrs: { likelihood, confidence },
    content: inline(parts, claimIds),
  });
  return {
    type: "doc",
    content: [
      h(2, "Summary"),
      p(
        "The February talks in Istanbul dealt with the work of the two countries' embassies and nothing else ",
        { cite: "embassy-only" },
        ". Both sides describe them as a first step; Moscow frames them as one of four tracks ",
        { cite: "four-tracks" },
        ".",
      ),
      h(2, "The war in Ukraine"),
      h(3, "Current state"),
      p("Ukraine was kept off the agenda ", { cite: "no-ukraine" }, { cite: "official-ukraine" }, "."),
      h(3, "Indicators to watch"),
      bullets("A separate channel on Ukraine announced", "Either side linking embassy staffing to the war"),
      h(3, "Key judgments"),
      judgment(
        "unlikely",
        "moderate",
        "The embassy talks will produce an agreement on Ukraine within three months ",
        { cite: "no-ukraine" },
        ".",
      ),
      h(2, "Restoring diplomatic ties"),
      h(3, "Current state"),
      p(
        "Delegations met for six hours at the US Consul General's residence ",
        { cite: "residence" },
        "; Moscow called the talks productive ",
        { cite: "productive" },
        ".",
      ),
      h(3, "Indicators to watch"),
      bullets("Visas issued to diplomatic staff", "A date for a second round"),
      h(3, "Key judgments"),
      judgment(
        "likely",
        "moderate",
        "Both sides will agree to restore some embassy staffing this year ",
        { cite: "embassy-only" },
        { cite: "staff-25x" },
        ".",
      ),
      h(2, "Easing of sanctions"),
      h(3, "Current state"),
      p("Direct flights would need sanctions relief for Aeroflot's payments ", { cite: "aeroflot" }, "."),
      h(3, "Key judgments"),
      judgment(
        "very unlikely",
        "low",
        "Direct flights between the two countries will resume this year ",
        { cite: "aeroflot" },
        ".",
      ),
      h(2, "Other global concerns"),
      h(3, "Current state"),
      p(
        "Turkey hosts the talks as the NATO member that has not sanctioned Russia ",
        { cite: "turkey-nato" },
        ".",
      ),
      ...(options.isDraft
        ? [p("Since version 1: watch for a second round announced by either foreign ministry.")]
        : []),
    ],
  };
}
