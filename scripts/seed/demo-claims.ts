import type { ClaimStatus, ClaimType, LinkKind, TagColor } from "@/lib/claims";
import type { CredibilityLevel } from "@/lib/scales";
import type { SourceKind } from "@/lib/sources";

/**
 * What the demo team has found in the five articles: the four tracks of Sergey Markov's framework
 * (seed article 004) as tags, claims tagged to them with ratings, relations across outlets (where they
 * agree and where they contradict each other) and a discussion. Every `phrase` is copied from the
 * article's text, so the claims anchor where a person would have selected them.
 */
export interface DemoTag {
  key: string;
  name: string;
  color: TagColor;
  description: string;
  parent?: string;
}

export const DEMO_TAGS: DemoTag[] = [
  {
    key: "war",
    name: "War in Ukraine",
    color: "red",
    description: "Track 1: the war and any settlement of it.",
  },
  {
    key: "ties",
    name: "Diplomatic ties",
    color: "blue",
    description: "Track 2: restoring embassies, staff, visas and direct channels.",
  },
  {
    key: "sanctions",
    name: "Easing of sanctions",
    color: "amber",
    description: "Track 3: US sanctions on Russia and what lifting them would take.",
  },
  {
    key: "global",
    name: "Other global concerns",
    color: "violet",
    description: "Track 4: the Middle East, Iran and other shared issues.",
  },
  {
    key: "staffing",
    name: "Embassy staffing",
    color: "teal",
    description: "Diplomats' numbers, local staff, expulsions.",
    parent: "ties",
  },
  {
    key: "travel",
    name: "Visas and air travel",
    color: "indigo",
    description: "Consular work, visas, flights.",
    parent: "ties",
  },
];

export interface DemoClaim {
  key: string;
  /** The file of the article (see DEMO_ARTICLES). */
  article: string;
  phrase: string;
  statement: string;
  type: ClaimType;
  status?: ClaimStatus;
  speaker?: { name: string; kind: SourceKind };
  tags: string[];
  by: string;
  ratings: { rater: string; level: CredibilityLevel; rationale: string }[];
}

const OWNER = "owner@demo.example";
const EDITOR = "editor@demo.example";
const MARKOV = { name: "Sergey Markov", kind: "person" as const };

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    key: "date-2023",
    article: "000_d3a5c34943e74868.txt",
    phrase: "The talks, scheduled for February 27, 2023",
    statement: "The Istanbul talks were scheduled for 27 February 2023.",
    type: "figure",
    status: "contradicted",
    tags: ["ties"],
    by: EDITOR,
    ratings: [
      {
        rater: EDITOR,
        level: "5",
        rationale: "Wrong year: every other report and the Foreign Ministry give 2025.",
      },
    ],
  },
  {
    key: "delegates",
    article: "000_d3a5c34943e74868.txt",
    phrase:
      "attended by Deputy Assistant Secretary of State Sonata Coulter and Director of the North Atlantic Department of the Russian Ministry of Foreign Affairs Aleksandr Darchiyev",
    statement: "Sonata Coulter and Aleksandr Darchiyev lead the US and Russian delegations.",
    type: "fact",
    tags: ["ties"],
    by: EDITOR,
    ratings: [
      {
        rater: OWNER,
        level: "2",
        rationale: "Matches the State Department's announcement; not yet confirmed after the meeting.",
      },
    ],
  },
  {
    key: "no-ukraine",
    article: "000_d3a5c34943e74868.txt",
    phrase: "these talks will not directly address the situation in Ukraine",
    statement: "The Istanbul talks do not address the war in Ukraine.",
    type: "fact",
    status: "corroborated",
    tags: ["war", "ties"],
    by: EDITOR,
    ratings: [
      {
        rater: EDITOR,
        level: "1",
        rationale: "The State Department and a US Embassy official both said so.",
      },
      { rater: OWNER, level: "1", rationale: "Confirmed by two independent statements." },
    ],
  },
  {
    key: "third-encounter",
    article: "001_a0e5b62de861db32.txt",
    phrase: "This closed-door gathering marks the third encounter in recent weeks between the nations",
    statement: "The Istanbul meeting was the third US–Russia encounter in recent weeks.",
    type: "fact",
    tags: ["ties"],
    by: OWNER,
    ratings: [
      {
        rater: OWNER,
        level: "4",
        rationale: "No source given for the count; Riyadh is the only earlier meeting we can confirm.",
      },
    ],
  },
  {
    key: "undisclosed",
    article: "001_a0e5b62de861db32.txt",
    phrase: "The identities of the diplomats remain undisclosed",
    statement: "The diplomats' identities were not disclosed.",
    type: "fact",
    status: "contradicted",
    tags: ["ties"],
    by: OWNER,
    ratings: [{ rater: OWNER, level: "5", rationale: "Both delegation heads were named in advance." }],
  },
  {
    key: "turkey-nato",
    article: "001_a0e5b62de861db32.txt",
    phrase: "With Turkey being the only NATO member that has refrained from imposing sanctions on Russia",
    statement: "Turkey is the only NATO member that has not imposed sanctions on Russia.",
    type: "fact",
    tags: ["sanctions", "global"],
    by: EDITOR,
    ratings: [
      { rater: EDITOR, level: "3", rationale: "Commonly said; Hungary's position makes 'only' doubtful." },
    ],
  },
  {
    key: "productive",
    article: "002_2c434b9018f3027a.txt",
    phrase:
      "discussions held in Istanbul between Russian and U.S. officials aimed at normalizing relations were productive and conducted in a business-like manner",
    statement: "Russia's Foreign Ministry called the Istanbul talks productive and business-like.",
    type: "quote",
    status: "corroborated",
    speaker: { name: "Russian Foreign Ministry", kind: "government_body" },
    tags: ["ties"],
    by: OWNER,
    ratings: [
      { rater: OWNER, level: "2", rationale: "The ministry's own statement of 28 February 2025." },
      { rater: EDITOR, level: "2", rationale: "Quoted the same way by several outlets." },
    ],
  },
  {
    key: "residence",
    article: "003_41aba682158a8906.txt",
    phrase: "held at the U.S. Consul General’s residence",
    statement: "The meeting was held at the US Consul General's residence in Istanbul.",
    type: "fact",
    tags: ["ties"],
    by: EDITOR,
    ratings: [{ rater: EDITOR, level: "2", rationale: "Same-day report; consistent with the photographs." }],
  },
  {
    key: "official-ukraine",
    article: "003_41aba682158a8906.txt",
    phrase: "explicitly noting that Ukraine was not up for discussion",
    statement: "A US Embassy official said Ukraine was not on the agenda.",
    type: "quote",
    status: "corroborated",
    tags: ["war"],
    by: EDITOR,
    ratings: [
      {
        rater: EDITOR,
        level: "2",
        rationale: "An unnamed official, but it agrees with the State Department.",
      },
    ],
  },
  {
    key: "matvienko",
    article: "003_41aba682158a8906.txt",
    phrase:
      "I’m sure agreements will be reached, and we’ll return to civilised communication disrupted by the previous administration",
    statement: "Valentina Matvienko expects agreements and a return to “civilised communication”.",
    type: "prediction",
    speaker: { name: "Valentina Matvienko", kind: "person" },
    tags: ["ties"],
    by: EDITOR,
    ratings: [],
  },
  {
    key: "four-tracks",
    article: "004_2ff21c0a539f6d8d.txt",
    phrase:
      "the ongoing war in Ukraine, the restoration of diplomatic ties, the potential easing of U.S. sanctions on Russia, and other global concerns, including the Middle East and Iran",
    statement:
      "Markov sees four tracks: the war in Ukraine, diplomatic ties, the easing of sanctions, and other global concerns.",
    type: "opinion",
    speaker: MARKOV,
    tags: ["war", "ties", "sanctions", "global"],
    by: OWNER,
    ratings: [
      {
        rater: OWNER,
        level: "3",
        rationale: "An analyst's framing, consistent with both governments' statements.",
      },
    ],
  },
  {
    key: "embassy-only",
    article: "004_2ff21c0a539f6d8d.txt",
    phrase: "solely focused on our embassy operations, not on normalizing the bilateral relationship overall",
    statement:
      "The State Department says the talks cover embassy operations, not the relationship as a whole.",
    type: "quote",
    status: "corroborated",
    speaker: { name: "Tammy Bruce", kind: "person" },
    tags: ["ties", "war"],
    by: OWNER,
    ratings: [{ rater: OWNER, level: "1", rationale: "On the record from the State Department podium." }],
  },
  {
    key: "staff-25x",
    article: "004_2ff21c0a539f6d8d.txt",
    phrase:
      "the number of Russian diplomats in the U.S. must increase by 25–30 times, and American diplomatic presence in Russia must grow by 15 times",
    statement: "Markov: Russian diplomatic staff in the US must grow 25–30-fold, US staff in Russia 15-fold.",
    type: "figure",
    status: "unresolved",
    speaker: MARKOV,
    tags: ["staffing"],
    by: OWNER,
    ratings: [
      { rater: OWNER, level: "2", rationale: "Plausible given the expulsions since 2017." },
      { rater: EDITOR, level: "4", rationale: "No baseline given; the multipliers cannot be checked." },
    ],
  },
  {
    key: "aeroflot",
    article: "004_2ff21c0a539f6d8d.txt",
    phrase:
      "Russian airlines like Aeroflot need access to U.S. banking services — which means some sanctions would have to be lifted",
    statement: "Direct flights would need some sanctions lifted so that Aeroflot can use US banks.",
    type: "opinion",
    speaker: MARKOV,
    tags: ["sanctions", "travel"],
    by: EDITOR,
    ratings: [
      {
        rater: EDITOR,
        level: "3",
        rationale: "Reasonable; the banking restriction is real, the rest is his view.",
      },
    ],
  },
  {
    key: "consulates",
    article: "004_2ff21c0a539f6d8d.txt",
    phrase:
      "He also called for the reopening of the Russian consulate in San Francisco and the U.S. consulate in Yekaterinburg",
    statement:
      "Markov calls for reopening the Russian consulate in San Francisco and the US consulate in Yekaterinburg.",
    type: "opinion",
    speaker: MARKOV,
    tags: ["ties"],
    by: OWNER,
    ratings: [],
  },
];

export interface DemoLink {
  from: string;
  to: string;
  kind: LinkKind;
  note: string;
  by: string;
}

export const DEMO_LINKS: DemoLink[] = [
  {
    from: "undisclosed",
    to: "delegates",
    kind: "contradicts",
    note: "One outlet names both heads of delegation; the other says their identities were not disclosed.",
    by: OWNER,
  },
  {
    from: "date-2023",
    to: "productive",
    kind: "contradicts",
    note: "The Foreign Ministry reported the talks on 28 February 2025, not 2023.",
    by: EDITOR,
  },
  {
    from: "embassy-only",
    to: "no-ukraine",
    kind: "corroborates",
    note: "The State Department's own words.",
    by: OWNER,
  },
  {
    from: "official-ukraine",
    to: "no-ukraine",
    kind: "corroborates",
    note: "A US Embassy official in Ankara, separately.",
    by: EDITOR,
  },
  {
    from: "four-tracks",
    to: "embassy-only",
    kind: "elaborates",
    note: "Places the embassy talks on the second of four tracks.",
    by: OWNER,
  },
];

/** A discussion on the disputed figure, with mentions (so the demo inbox has something in it). */
export const DEMO_THREAD = {
  claim: "staff-25x",
  comments: [
    {
      by: EDITOR,
      body: "The 25–30× figure has no baseline: how many Russian diplomats are in the US today? Without that I can't rate it above 4. @{owner}",
    },
    {
      by: OWNER,
      body: "Fair. The last public number I know is from 2021. @{viewer} could you look for the State Department's current count?",
    },
    { by: EDITOR, body: "Until then I'd keep it **unresolved** and out of the key judgments." },
  ],
};
