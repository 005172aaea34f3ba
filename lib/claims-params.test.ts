import { describe, expect, it } from "vitest";

import {
  claimsQuery,
  countFilters,
  effectiveSort,
  isFiltered,
  normalizeCode,
  parseClaimParams,
  type ClaimFilters,
} from "./claims-params";

const TAG_A = "0b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const TAG_B = "1b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const SOURCE = "2b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const OUTLET = "3b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const ARTICLE = "4b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";
const AUTHOR = "5b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f";

describe("claims URL state", () => {
  it("round-trips every filter", () => {
    const filters: ClaimFilters = {
      q: '"easing sanctions" -ukraine',
      tagIds: [TAG_A, TAG_B],
      status: ["open", "contradicted"],
      speakerId: SOURCE,
      outletId: OUTLET,
      credibility: ["2", "3"],
      code: "B2",
      articleId: ARTICLE,
      authorId: AUTHOR,
      hasContradictions: true,
      sort: "credibility",
    };
    expect(parseClaimParams(new URLSearchParams(claimsQuery(filters)))).toEqual(filters);
  });

  it("writes nothing for no filters", () => {
    expect(claimsQuery({})).toBe("");
    expect(parseClaimParams(new URLSearchParams(""))).toEqual({});
  });

  it("ignores malformed values instead of failing", () => {
    expect(
      parseClaimParams(
        new URLSearchParams(
          "tag=nope&status=maybe&speaker=1&outlet=x&cred=7&cred=A&code=G9&article=..&author=me&contradicted=yes&sort=random&q=%20%20",
        ),
      ),
    ).toEqual({});
  });

  it("drops repeated values and keeps at most 20 tags", () => {
    const many = Array.from(
      { length: 25 },
      (_, index) => `tag=${TAG_A.slice(0, -2)}${String(index).padStart(2, "0")}`,
    );
    const parsed = parseClaimParams(
      new URLSearchParams(`${many.join("&")}&status=open&status=open&cred=1&cred=1`),
    );
    expect(parsed.tagIds).toHaveLength(20);
    expect(parsed.status).toEqual(["open"]);
    expect(parsed.credibility).toEqual(["1"]);
  });

  it("accepts a code in any case and with spaces", () => {
    expect(parseClaimParams(new URLSearchParams("code=b2")).code).toBe("B2");
    expect(normalizeCode(" f6 ")).toBe("F6");
    expect(normalizeCode("B7")).toBeNull();
    expect(normalizeCode("BB")).toBeNull();
    expect(normalizeCode("")).toBeNull();
  });

  it("trims and bounds the search", () => {
    expect(parseClaimParams(new URLSearchParams(`q=${"a".repeat(300)}`)).q).toHaveLength(200);
    expect(parseClaimParams(new URLSearchParams("q=%20talks%20")).q).toBe("talks");
  });
});

describe("claims filter helpers", () => {
  it("tells a filtered list from the whole list, ignoring the sort", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ sort: "oldest" })).toBe(false);
    expect(isFiltered({ articleId: ARTICLE })).toBe(true);
    expect(isFiltered({ hasContradictions: true })).toBe(true);
  });

  it("counts the filters behind the Filters button, not the search or the article", () => {
    expect(countFilters({ q: "talks", articleId: ARTICLE })).toBe(0);
    expect(countFilters({ tagIds: [TAG_A, TAG_B], status: ["open"], code: "B2" })).toBe(3);
  });

  it("sorts by relevance only while searching", () => {
    expect(effectiveSort({})).toBe("recent");
    expect(effectiveSort({ q: "talks" })).toBe("relevance");
    expect(effectiveSort({ sort: "relevance" })).toBe("recent");
    expect(effectiveSort({ q: "talks", sort: "oldest" })).toBe("oldest");
  });
});
