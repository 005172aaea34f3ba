import type { ReliabilityGrade } from "@/lib/scales";

/**
 * The five demo articles (scripts/seed/articles/, copied from the corpus the product was commissioned
 * with) and what the demo team knows about them. They are attached through the product's own import
 * path. The corpus names two outlets (Time.news, News.Az); the other three names are illustrative.
 */
export interface DemoArticle {
  file: string;
  outlet: string;
  /** Who attaches it: an email of the demo team. */
  attachedBy: string;
  /** A title when the text has none worth using. */
  title?: string;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    file: "000_d3a5c34943e74868.txt",
    outlet: "Daily Brief Wire",
    attachedBy: "editor@demo.example",
    title: "US and Russian diplomats to meet in Istanbul on restoring embassies",
  },
  { file: "001_a0e5b62de861db32.txt", outlet: "Time.news", attachedBy: "editor@demo.example" },
  { file: "002_2c434b9018f3027a.txt", outlet: "Eurasia Monitor Digest", attachedBy: "owner@demo.example" },
  {
    file: "003_41aba682158a8906.txt",
    outlet: "Bosphorus Report",
    attachedBy: "editor@demo.example",
    title: "Russian and U.S. diplomats meet at the Consul General's residence in Istanbul",
  },
  { file: "004_2ff21c0a539f6d8d.txt", outlet: "News.Az", attachedBy: "owner@demo.example" },
];

export interface DemoRating {
  outlet: string;
  rater: string;
  grade: ReliabilityGrade;
  rationale: string;
  /** When it was given, in days before the seed runs: the source pages show a team that rated over time. */
  daysAgo: number;
}

/** The demo articles were attached this many days before the seed runs, an hour apart. */
export const DEMO_ATTACHED_DAYS_AGO = 21;

/**
 * Ratings the owner and editor give over three weeks, oldest first. Time.news is disputed (two grades
 * apart) once the owner revises a first C to E; the News.Az consensus moves from C to D.
 */
export const DEMO_RATINGS: DemoRating[] = [
  {
    outlet: "Daily Brief Wire",
    rater: "editor@demo.example",
    grade: "D",
    rationale: "Gives the wrong year (2023) for the talks and cites no sources.",
    daysAgo: 19,
  },
  {
    outlet: "Time.news",
    rater: "owner@demo.example",
    grade: "C",
    rationale: "Dates and places check out; the expert quoted is new to me.",
    daysAgo: 18,
  },
  {
    outlet: "News.Az",
    rater: "owner@demo.example",
    grade: "C",
    rationale: "Accurate on dates and participants; relies on one pro-Kremlin analyst for substance.",
    daysAgo: 15,
  },
  {
    outlet: "Eurasia Monitor Digest",
    rater: "owner@demo.example",
    grade: "B",
    rationale: "Faithful summary of the Foreign Ministry statement of 28 February 2025.",
    daysAgo: 14,
  },
  {
    outlet: "Time.news",
    rater: "editor@demo.example",
    grade: "C",
    rationale: "The meeting's date and place match official statements.",
    daysAgo: 12,
  },
  {
    outlet: "Bosphorus Report",
    rater: "editor@demo.example",
    grade: "B",
    rationale: "Same-day report whose details match the State Department readout.",
    daysAgo: 10,
  },
  {
    outlet: "News.Az",
    rater: "editor@demo.example",
    grade: "D",
    rationale: "State-aligned framing; the expert's claims are not checked against other sources.",
    daysAgo: 9,
  },
  {
    outlet: "Time.news",
    rater: "owner@demo.example",
    grade: "E",
    rationale: "The interviewed expert cannot be traced, and the text reads as machine-written.",
    daysAgo: 6,
  },
];
