/**
 * The Claims page's state lives in the URL (?q=…&tag=…&tag=…&status=open&cred=2&code=B2&sort=…), so a
 * filtered list can be bookmarked, shared and linked to (an article links to `?article=<id>`). The page
 * (for prefetching) and the client read it with the same function.
 */
import { CLAIM_STATUSES, type ClaimStatus } from "./claims";
import { CREDIBILITY_LEVELS, type CredibilityLevel } from "./scales";

export const CLAIM_SORTS = ["recent", "oldest", "credibility", "relevance"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimFilters {
  q?: string;
  tagIds?: string[];
  status?: ClaimStatus[];
  speakerId?: string;
  outletId?: string;
  credibility?: CredibilityLevel[];
  /** A combined code, upper-case: a reliability letter A–F then a credibility digit 1–6 ("B2"). */
  code?: string;
  articleId?: string;
  authorId?: string;
  hasContradictions?: boolean;
  sort?: ClaimSort;
}

type ParamSource = { get(name: string): string | null; getAll(name: string): string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-F][1-6]$/;
/** The server refuses more tags than this in one filter; more in a hand-edited URL are dropped. */
const MAX_TAGS = 20;

/** A combined code as typed ("b2 ") in the form the server accepts ("B2"), or null when it is not one. */
export function normalizeCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return CODE.test(code) ? code : null;
}

function id(value: string | null): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Filters from URL parameters; anything malformed is ignored rather than an error. */
export function parseClaimParams(params: ParamSource): ClaimFilters {
  const filters: ClaimFilters = {};
  const q = params.get("q")?.trim().slice(0, 200);
  if (q) filters.q = q;
  const tagIds = [...new Set(params.getAll("tag").filter((value) => UUID.test(value)))].slice(0, MAX_TAGS);
  if (tagIds.length > 0) filters.tagIds = tagIds;
  const status = params.getAll("status").filter((value) => oneOf(CLAIM_STATUSES, value));
  if (status.length > 0) filters.status = [...new Set(status)];
  const speakerId = id(params.get("speaker"));
  if (speakerId) filters.speakerId = speakerId;
  const outletId = id(params.get("outlet"));
  if (outletId) filters.outletId = outletId;
  const credibility = params.getAll("cred").filter((value) => oneOf(CREDIBILITY_LEVELS, value));
  if (credibility.length > 0) filters.credibility = [...new Set(credibility)];
  const code = normalizeCode(params.get("code") ?? "");
  if (code) filters.code = code;
  const articleId = id(params.get("article"));
  if (articleId) filters.articleId = articleId;
  const authorId = id(params.get("author"));
  if (authorId) filters.authorId = authorId;
  if (params.get("contradicted") === "1") filters.hasContradictions = true;
  const sort = params.get("sort");
  if (sort && oneOf(CLAIM_SORTS, sort)) filters.sort = sort;
  return filters;
}

/** The URL query for a set of filters, with its leading "?" (the inverse of parseClaimParams). */
export function claimsQuery(filters: ClaimFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const tagId of filters.tagIds ?? []) params.append("tag", tagId);
  for (const status of filters.status ?? []) params.append("status", status);
  if (filters.speakerId) params.set("speaker", filters.speakerId);
  if (filters.outletId) params.set("outlet", filters.outletId);
  for (const level of filters.credibility ?? []) params.append("cred", level);
  if (filters.code) params.set("code", filters.code);
  if (filters.articleId) params.set("article", filters.articleId);
  if (filters.authorId) params.set("author", filters.authorId);
  if (filters.hasContradictions) params.set("contradicted", "1");
  if (filters.sort) params.set("sort", filters.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when anything narrows the list (the sort does not): picks the "no matches" empty state. */
export function isFiltered(filters: ClaimFilters): boolean {
  return Boolean(
    filters.q ||
    filters.tagIds?.length ||
    filters.status?.length ||
    filters.speakerId ||
    filters.outletId ||
    filters.credibility?.length ||
    filters.code ||
    filters.articleId ||
    filters.authorId ||
    filters.hasContradictions,
  );
}

/** How many filters besides the search are on: the count on the "Filters" button of a phone. */
export function countFilters(filters: ClaimFilters): number {
  return [
    filters.tagIds?.length,
    filters.status?.length,
    filters.speakerId,
    filters.outletId,
    filters.credibility?.length,
    filters.code,
    filters.authorId,
    filters.hasContradictions,
  ].filter(Boolean).length;
}

/** The sort in effect: relevance by default while searching, else the most recent first. */
export function effectiveSort(filters: ClaimFilters): ClaimSort {
  if (filters.sort === "relevance" && !filters.q) return "recent";
  return filters.sort ?? (filters.q ? "relevance" : "recent");
}

/** The claims.list input for a set of filters: the page prefetches and the client queries the same. */
export function claimsInput(teamSlug: string, filters: ClaimFilters) {
  return { teamSlug, ...filters, limit: 25 };
}
