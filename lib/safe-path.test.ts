import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/t/desk/team")).toBe("/t/desk/team");
    expect(safeReturnPath("/invite/abc?x=1")).toBe("/invite/abc?x=1");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});
