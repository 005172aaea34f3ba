/**
 * Sources (outlets, people, organisations, social accounts, government bodies) and how one is
 * recognised again: "News.Az", "news.az" and "https://www.news.az/" are the same outlet.
 */
import { siteHost } from "./url";

export const SOURCE_KINDS = [
  "outlet",
  "person",
  "organisation",
  "social_account",
  "government_body",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  outlet: "Outlet",
  person: "Person",
  organisation: "Organisation",
  social_account: "Social media account",
  government_body: "Government body",
};

const LOOKS_LIKE_DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#].*)?$/i;

/**
 * The key two names of one source share: a domain-like name becomes its host ("News.Az" →
 * "news.az"); any other name is lower-cased with punctuation and spacing collapsed
 * ("The  Guardian!" → "the guardian").
 */
export function sourceKey(name: string): string {
  const trimmed = name.trim();
  if (LOOKS_LIKE_DOMAIN.test(trimmed)) {
    const host = siteHost(trimmed);
    if (host) return host;
  }
  return trimmed
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.@]+/gu, " ")
    .trim();
}

/** The domain a name stands for, when it is one ("News.Az" → "news.az"), else null. */
export function domainOfName(name: string): string | null {
  const trimmed = name.trim();
  return LOOKS_LIKE_DOMAIN.test(trimmed) ? siteHost(trimmed) : null;
}
