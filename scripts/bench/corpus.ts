/**
 * A realistic text generator for the search benches: articles of 300 to 3,000 words (median ~640)
 * that read like the demo corpus and have its word frequencies, on ten subjects, with the long tail
 * a real library has, so a rare word is rare and a phrase is as common as its words make it.
 *
 * - One article in ten is on the demo's subject, in its words ("embassy" is in ~7% of articles,
 *   "diplomatic missions" in ~6%). The other nine subjects have the same grammar with their own
 *   content words: every word but the function words (the, of, was, not…) is replaced by a
 *   made-up word of that subject.
 * - Words follow a first-order Markov chain over the demo articles: each next word is what follows
 *   a random occurrence of the current one there. Stop words, common words and two-word phrases
 *   ("diplomatic missions") keep their natural frequencies; a five-word phrase of common words
 *   ("was not up for discussion") comes out only as often as its transitions allow.
 * - One word in 25 is replaced by a name from a long tail of 200,000 generated words drawn with
 *   Zipf frequencies (rank r with probability ~1/r), as the names, places and terms of a real
 *   library are. {@link tailWord} names them, so a bench can ask for one of known rarity.
 *
 * Seeded: the same seed writes the same library.
 */
import fs from "node:fs";
import path from "node:path";

import { root } from "./shared";

const TAIL_SIZE = 200_000;
const SUBJECTS = 10;
/** English function words (Snowball's list, as Postgres' english configuration has it), and "said". */
const FUNCTION_WORDS = new Set(
  (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she " +
    "her hers herself it its itself they them their theirs themselves what which who whom this that " +
    "these those am is are was were be been being have has had having do does did doing a an the and " +
    "but if or because as until while of at by for with about against between into through during " +
    "before after above below to from up down in out on off over under again further then once here " +
    "there when where why how all any both each few more most other some such no nor not only own " +
    "same so than too very s t can will just don should now said also would could"
  ).split(" "),
);
const TAIL_SHARE = 1 / 25;
const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "ze",
  "tu",
  "va",
  "shi",
  "do",
  "be",
  "ne",
  "lo",
  "pa",
  "ri",
  "su",
  "ga",
  "ho",
  "ji",
  "ky",
  "mo",
  "na",
  "qe",
  "ta",
  "vi",
  "wu",
  "xa",
  "yo",
  "zu",
  "bra",
  "dre",
  "fli",
  "gro",
  "kri",
  "pla",
  "sto",
  "tra",
  "vro",
  "zha",
  "che",
  "dar",
  "mel",
];

/** Seeded PRNG (mulberry32): uniform in [0, 1). */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The tail word of rank `rank` (1 is the most frequent): three or four syllables, a capital. */
export function tailWord(rank: number): string {
  let rest = rank;
  let word = "";
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  const name = word.length < 6 ? `${word}vek` : word;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * How many of `articleWords` words come out as the tail word of `rank`, on average: what a bench
 * reports beside a rare-word case.
 */
export function expectedTailCount(rank: number, articleWords: number): number {
  return (articleWords * TAIL_SHARE) / (rank * Math.log(TAIL_SIZE));
}

export interface Generator {
  /** An article: a title of 6–10 words and a body of paragraphs. */
  article(): { title: string; body: string; words: number };
  /** A sentence-sized quote of 8–30 words, as claims are. */
  quote(): string;
}

const key = (token: string) => token.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function corpusGenerator(seed = 1): Generator {
  const dir = path.join(root, "scripts/seed/articles");
  const tokens = fs
    .readdirSync(dir)
    .sort()
    .flatMap((file) => fs.readFileSync(path.join(dir, file), "utf8").split(/\s+/))
    .filter((token) => key(token).length > 0);
  // For each word, where it occurs (by the index of the word's first token): the next word is the
  // one after a random occurrence.
  const first = new Map<string, number>();
  const wordOf = tokens.map((token, index) => {
    const word = key(token);
    if (!first.has(word)) first.set(word, index);
    return first.get(word) ?? index;
  });
  const occurrences: number[][] = tokens.map(() => []);
  wordOf.forEach((word, index) => {
    if (index < tokens.length - 1) occurrences[word]?.push(index);
  });
  // Each subject's token for each demo token: made up from a hash of the word and the subject,
  // the token's capital and punctuation kept.
  const translate = (token: string, subject: number): string => {
    const word = key(token);
    if (subject === 0 || FUNCTION_WORDS.has(word)) return token;
    let hash = subject * 2654435761;
    for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    let made = SYLLABLES[subject % SYLLABLES.length] ?? "";
    for (let part = 0; part < 2 + (hash % 2); part++) {
      made += SYLLABLES[hash % SYLLABLES.length];
      hash = Math.floor(hash / SYLLABLES.length) + part * 7919;
    }
    const start = token.search(/[\p{L}\p{N}]/u);
    const end =
      token.length -
      (token
        .split("")
        .reverse()
        .join("")
        .search(/[\p{L}\p{N}]/u) || 0);
    const isCapital = /\p{Lu}/u.test(token.charAt(start));
    return `${token.slice(0, start)}${isCapital ? made.charAt(0).toUpperCase() + made.slice(1) : made}${token.slice(end)}`;
  };
  const subjects = Array.from({ length: SUBJECTS }, (_, subject) =>
    tokens.map((token) => translate(token, subject)),
  );
  const random = randomFrom(seed);
  const pick = (count: number) => Math.floor(random() * count);
  let at = pick(tokens.length - 1);
  const nextAt = (): number => {
    const from = occurrences[wordOf[at] ?? 0] ?? [];
    at = from.length ? (from[pick(from.length)] ?? 0) + 1 : pick(tokens.length - 1);
    return at;
  };
  const words = (count: number, subject = pick(SUBJECTS)) =>
    Array.from({ length: count }, () =>
      random() < TAIL_SHARE
        ? tailWord(Math.max(1, Math.floor(Math.exp(random() * Math.log(TAIL_SIZE)))))
        : (subjects[subject]?.[nextAt()] ?? ""),
    );
  return {
    article() {
      const subject = pick(SUBJECTS);
      const length = 300 + Math.floor(2700 * random() ** 3);
      const paragraphs: string[] = [];
      for (let left = length; left > 0;) {
        const size = Math.min(left, 40 + pick(80));
        paragraphs.push(words(size, subject).join(" "));
        left -= size;
      }
      const title = words(6 + pick(5), subject)
        .join(" ")
        .replace(/[.,;:]+$/, "");
      return { title, body: paragraphs.join("\n\n"), words: length };
    },
    quote: () => words(8 + pick(23)).join(" "),
  };
}
