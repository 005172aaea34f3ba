import { franc } from "franc-min";

/** ISO 639-3 (what franc answers) to the two-letter codes people know, for the common languages. */
const TWO_LETTER: Record<string, string> = {
  eng: "en",
  rus: "ru",
  ukr: "uk",
  fra: "fr",
  deu: "de",
  spa: "es",
  por: "pt",
  ita: "it",
  nld: "nl",
  pol: "pl",
  tur: "tr",
  azj: "az",
  arb: "ar",
  pes: "fa",
  cmn: "zh",
  jpn: "ja",
  kor: "ko",
  hin: "hi",
  ben: "bn",
  urd: "ur",
  ind: "id",
  vie: "vi",
  ron: "ro",
  ces: "cs",
  hun: "hu",
  swe: "sv",
  ell: "el",
  heb: "he",
  bul: "bg",
  srp: "sr",
  hrv: "hr",
  slk: "sk",
  kat: "ka",
  hye: "hy",
  kaz: "kk",
  uzn: "uz",
};

/** The language of a text as a short code ("en"), or null when it is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  if (sample.length < 40) return null;
  const code = franc(sample, { minLength: 40 });
  if (code === "und") return null;
  return TWO_LETTER[code] ?? code;
}

/** "en-GB", "en_US", "EN" → "en"; anything that is not a language tag → null. */
export function normalizeLanguageTag(value: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(value?.trim() ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}
