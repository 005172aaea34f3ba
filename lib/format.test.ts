import { describe, expect, it } from "vitest";

import { describeSignInFailure, formatDate, formatWait } from "./format";

describe("formatWait", () => {
  it("says seconds under a minute and whole minutes above", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(45)).toBe("45 seconds");
    expect(formatWait(60)).toBe("1 minute");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(900)).toBe("15 minutes");
  });
});

describe("describeSignInFailure", () => {
  it("gives the wait for a throttled sign-in", () => {
    expect(describeSignInFailure("throttled:120")).toBe(
      "Too many failed sign-in attempts. Try again in 2 minutes.",
    );
  });

  it("does not say which half of the credentials was wrong", () => {
    expect(describeSignInFailure("invalid")).toBe("The email or password is not correct.");
    expect(describeSignInFailure(undefined)).toBe("The email or password is not correct.");
  });
});

describe("formatDate", () => {
  it("renders the same text everywhere", () => {
    expect(formatDate(new Date("2025-02-27T09:02:00Z"))).toBe("27 Feb 2025");
  });
});
