import { describe, expect, it } from "vitest";

import { formatDateTime, formatRelativeTime } from "./format-time";

const now = new Date("2025-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("formatRelativeTime", () => {
  it("says just now for the last minute and for a clock slightly ahead", () => {
    expect(formatRelativeTime(ago(30_000), now)).toBe("just now");
    expect(formatRelativeTime(ago(-5_000), now)).toBe("just now");
  });

  it("counts minutes, hours and days", () => {
    expect(formatRelativeTime(ago(60_000), now)).toBe("1 minute ago");
    expect(formatRelativeTime(ago(5 * 60_000), now.getTime())).toBe("5 minutes ago");
    expect(formatRelativeTime(ago(3 * 3_600_000), now)).toBe("3 hours ago");
    expect(formatRelativeTime(ago(25 * 3_600_000), now)).toBe("yesterday");
    expect(formatRelativeTime(ago(4 * 86_400_000), now)).toBe("4 days ago");
  });

  it("gives the date after a week", () => {
    expect(formatRelativeTime(new Date("2025-02-27T09:00:00Z"), now)).toBe("27 Feb 2025");
  });
});

describe("formatDateTime", () => {
  it("includes the date and the time", () => {
    expect(formatDateTime(now)).toMatch(/^10 Mar 2025, \d{2}:00$/);
  });
});
