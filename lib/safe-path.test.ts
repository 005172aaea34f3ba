import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-path";

describe("safeReturnPath", () => {
  it.each([
    ["/t/desk/team", "/t/desk/team"],
    ["/invite/abc?x=1", "/invite/abc?x=1"],
    ["/t/desk/claims?q=%22embassy%22#results", "/t/desk/claims?q=%22embassy%22#results"],
    ["/t/desk/../desk/team", "/t/desk/team"],
    ["/", "/"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  // Each of these, given to a browser as a redirect target, would leave the site (or run script).
  it.each([
    "https://evil.example",
    "http:evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/%09/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "%2F%2Fevil.example",
    "/\u0000/evil.example",
    "/\u2215\u2215evil.example",
    "/\uff0f\uff0fevil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
    undefined,
    null,
    42,
    ["/t/desk"],
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});
