/**
 * The library's state lives in the URL (?q=…&outlet=…&grade=B&grade=C&from=…&tag=…&sort=…), so a search can
 * be bookmarked and shared. The page (for prefetching) and the client read it with the same function.
 */
import { isReliabilityGrade, type ReliabilityGrade } from "./scales";

export const ARTICLE_SORTS = ["relevance", "attached", "published", "title"] as const;
export type LibrarySort = (typeof ARTICLE_SORTS)[number];

export interface LibraryFilters {
  q?: string;
  outletId?: string;
  reliability?: ReliabilityGrade[];
  from?: Date;
  to?: Date;
  attachedBy?: string;
  /** Articles with a claim carrying this tag (or one of its children). */
  tagId?: string;
  isDeleted?: boolean;
  sort?: LibrarySort;
}

type ParamSource = { get(name: string): string | null; getAll(name: string): string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): Date | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Filters from URL parameters; anything malformed is ignored rather than an error. */
export function parseLibraryParams(params: ParamSource): LibraryFilters {
  const filters: LibraryFilters = {};
  const q = params.get("q")?.trim().slice(0, 500);
  if (q) filters.q = q;
  const outlet = params.get("outlet");
  if (outlet && UUID.test(outlet)) filters.outletId = outlet;
  const grades = params.getAll("grade").filter(isReliabilityGrade);
  if (grades.length > 0) filters.reliability = [...new Set(grades)];
  const from = day(params.get("from"));
  if (from) filters.from = from;
  const to = day(params.get("to"));
  if (to) filters.to = to;
  const by = params.get("by");
  if (by && UUID.test(by)) filters.attachedBy = by;
  const tag = params.get("tag");
  if (tag && UUID.test(tag)) filters.tagId = tag;
  if (params.get("trash") === "1") filters.isDeleted = true;
  const sort = params.get("sort");
  if (sort && (ARTICLE_SORTS as readonly string[]).includes(sort)) filters.sort = sort as LibrarySort;
  return filters;
}

/** The URL query for a set of filters (the inverse of parseLibraryParams). */
export function libraryQuery(filters: LibraryFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.outletId) params.set("outlet", filters.outletId);
  for (const grade of filters.reliability ?? []) params.append("grade", grade);
  if (filters.from) params.set("from", filters.from.toISOString().slice(0, 10));
  if (filters.to) params.set("to", filters.to.toISOString().slice(0, 10));
  if (filters.attachedBy) params.set("by", filters.attachedBy);
  if (filters.tagId) params.set("tag", filters.tagId);
  if (filters.isDeleted) params.set("trash", "1");
  if (filters.sort) params.set("sort", filters.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The articles.list input for a set of filters: the page prefetches and the client queries the same. */
export function libraryInput(teamSlug: string, filters: LibraryFilters) {
  return { teamSlug, ...filters, limit: 20 };
}
