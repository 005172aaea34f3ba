import { describe, expect, it } from "vitest";

import { libraryQuery, parseLibraryParams } from "./library-params";

describe("library URL state", () => {
  it("round-trips every filter", () => {
    const filters = {
      q: '"easing sanctions" -ukraine',
      outletId: "0b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f",
      reliability: ["B" as const, "C" as const],
      from: new Date("2025-02-01T00:00:00.000Z"),
      to: new Date("2025-04-30T00:00:00.000Z"),
      attachedBy: "1b8f3c1e-2d4a-4c5b-9e6f-7a8b9c0d1e2f",
      isDeleted: true,
      sort: "published" as const,
    };
    expect(parseLibraryParams(new URLSearchParams(libraryQuery(filters)))).toEqual(filters);
  });

  it("ignores malformed values instead of failing", () => {
    expect(
      parseLibraryParams(new URLSearchParams("outlet=nope&grade=Z&from=yesterday&sort=random&by=1")),
    ).toEqual({});
  });
});
