import { describe, expect, it } from "vitest";

import { isAllowedOrigin } from "./origin";

describe("isAllowedOrigin", () => {
  it.each([
    [null, "localhost:3000", undefined],
    ["http://localhost:3000", "localhost:3000", undefined],
    ["https://desk.example.com", "desk.example.com", undefined],
    ["https://desk.example.com", "internal:3000", "https://desk.example.com"],
    ["https://desk.example.com", "internal:3000", "https://desk.example.com/"],
  ])("accepts %j for host %j (APP_URL %j)", (origin, host, appUrl) => {
    expect(isAllowedOrigin(origin, host, appUrl)).toBe(true);
  });

  it.each([
    ["https://evil.example", "localhost:3000", undefined],
    ["http://localhost:3001", "localhost:3000", undefined],
    ["http://localhost.evil.example:3000", "localhost:3000", undefined],
    ["null", "localhost:3000", undefined],
    ["file://", "localhost:3000", undefined],
    ["chrome-extension://abc", "localhost:3000", undefined],
    ["not a url", "localhost:3000", undefined],
    ["https://desk.example.com", null, undefined],
    ["http://desk.example.com", "desk.example.com", "https://desk.example.com"],
    ["https://internal:3000", "internal:3000", "https://desk.example.com"],
  ])("refuses %j for host %j (APP_URL %j)", (origin, host, appUrl) => {
    expect(isAllowedOrigin(origin, host, appUrl)).toBe(false);
  });
});
