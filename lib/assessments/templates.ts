/**
 * Assessment templates, as data: each is a ProseMirror document in the schema of extensions.ts. The
 * four-track framework follows the analyst Sergey Markov's four tracks in seed article 004.
 */
import type { DocJson } from "./types";

export const TEMPLATE_KEYS = ["blank", "four-track", "key-judgments"] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const text = (value: string): DocJson => ({ type: "text", text: value });
const paragraph = (value = ""): DocJson =>
  value ? { type: "paragraph", content: [text(value)] } : { type: "paragraph" };
const heading = (level: 1 | 2 | 3, value: string): DocJson => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});
const judgment = (value: string): DocJson => ({
  type: "keyJudgment",
  attrs: { likelihood: null, confidence: null },
  content: [text(value)],
});
const bullets = (...items: string[]): DocJson => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [paragraph(item)] })),
});

export const FOUR_TRACKS = [
  "The war in Ukraine",
  "Restoring diplomatic ties",
  "Easing of sanctions",
  "Other global concerns",
] as const;

function track(name: string): DocJson[] {
  return [
    heading(2, name),
    heading(3, "Current state"),
    paragraph("Where this track stands today, and since when."),
    heading(3, "Indicators to watch"),
    bullets("What would show movement on this track", "What would show a reversal"),
    heading(3, "Key judgments"),
    judgment("State the judgment; choose its likelihood and confidence; cite the claims it rests on."),
    heading(3, "Evidence"),
    paragraph("Cite the claims this track rests on."),
  ];
}

export const TEMPLATES: Record<TemplateKey, { label: string; description: string; content: () => DocJson }> =
  {
    blank: {
      label: "Blank",
      description: "An empty document.",
      content: () => ({ type: "doc", content: [paragraph()] }),
    },
    "four-track": {
      label: "Four-track framework",
      description:
        "One section per track — the war in Ukraine, restoring diplomatic ties, easing of sanctions, other global concerns — each with its current state, indicators, key judgments and evidence.",
      content: () => ({
        type: "doc",
        content: [
          heading(2, "Summary"),
          paragraph("The bottom line in two or three sentences."),
          ...FOUR_TRACKS.flatMap(track),
        ],
      }),
    },
    "key-judgments": {
      label: "Key judgments brief",
      description:
        "Three key judgments with their likelihood and confidence, then the evidence and the gaps.",
      content: () => ({
        type: "doc",
        content: [
          heading(2, "Key judgments"),
          judgment("First judgment."),
          judgment("Second judgment."),
          judgment("Third judgment."),
          heading(2, "Evidence"),
          paragraph("Cite the claims the judgments rest on."),
          heading(2, "Gaps and assumptions"),
          bullets("What we do not know", "What we assume"),
          paragraph(),
        ],
      }),
    },
  };

export function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === "string" && (TEMPLATE_KEYS as readonly string[]).includes(value);
}
