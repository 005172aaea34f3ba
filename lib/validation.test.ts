import { describe, expect, it } from "vitest";

import { slugify } from "./limits";
import {
  forbiddenCharacterIn,
  zEmail,
  zPassword,
  zPersonName,
  zTeamName,
  zTeamSlug,
  zText,
} from "./validation";

describe("slugify", () => {
  it("turns a team name into an address", () => {
    expect(slugify("Istanbul Desk (2025)")).toBe("istanbul-desk-2025");
    expect(slugify("  Équipe Ükraine — Kyiv ")).toBe("equipe-ukraine-kyiv");
    expect(slugify("!!!")).toBe("");
  });

  it("never ends in a hyphen after trimming to length", () => {
    const slug = slugify(`${"a".repeat(39)} b`);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("zTeamSlug", () => {
  it("accepts lower-case letters, digits and inner hyphens", () => {
    expect(zTeamSlug.parse("istanbul-desk")).toBe("istanbul-desk");
    expect(zTeamSlug.parse("  Desk-2 ")).toBe("desk-2");
  });

  it.each([
    ["-desk", "start and end"],
    ["desk-", "start and end"],
    ["my desk", "lower-case letters"],
    ["a", "at least 2"],
    ["x".repeat(41), "at most 40"],
    ["settings", "reserved"],
  ])("refuses %j with a message naming the problem", (value, fragment) => {
    const result = zTeamSlug.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(fragment);
  });
});

describe("field rules", () => {
  it("normalises emails and explains a bad one", () => {
    expect(zEmail.parse("  Dana@Example.COM ")).toBe("dana@example.com");
    expect(zEmail.safeParse("dana").error?.issues[0]?.message).toMatch(/valid email/);
    expect(zEmail.safeParse("").error?.issues[0]?.message).toBe("Email is required.");
  });

  it("bounds passwords at 8 and 256 characters", () => {
    expect(zPassword.safeParse("1234567").error?.issues[0]?.message).toMatch(/at least 8/);
    expect(zPassword.safeParse("x".repeat(257)).error?.issues[0]?.message).toMatch(/at most 256/);
    expect(zPassword.safeParse("x".repeat(256)).success).toBe(true);
  });

  it("trims team names and refuses empty ones", () => {
    expect(zTeamName.parse("  Desk ")).toBe("Desk");
    expect(zTeamName.safeParse("   ").success).toBe(false);
  });
});

describe("free text (zText)", () => {
  it.each([
    ["a\u0000b", "U+0000"],
    ["bell\u0007", "U+0007"],
    ["form\ffeed", "U+000C"],
    ["escape\u001b[31m", "U+001B"],
    ["delete\u007f", "U+007F"],
    ["c1 \u0085 next line", "U+0085"],
    ["lone high \ud800 surrogate", "U+D800"],
    ["lone low \udc00 surrogate", "U+DC00"],
  ])("refuses %j, naming the field and the character", (text, code) => {
    expect(forbiddenCharacterIn(text)).toBe(code);
    const result = zText("Comment").safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `Comment contains a control character (${code}), which text may not hold. Remove it and try again.`,
    );
  });

  it.each(["plain", "tab\tand\nnewline", "windows\r\nline", "emoji 🙂 and Türkiye", "中文", ""])(
    "keeps %j",
    (text) => {
      expect(forbiddenCharacterIn(text)).toBeNull();
      expect(zText("Comment").safeParse(text).success).toBe(true);
    },
  );

  it("is what the shared field rules are built on", () => {
    expect(zPersonName.safeParse("Ann\u0000").success).toBe(false);
    expect(zEmail.safeParse("a\u0000@example.com").success).toBe(false);
  });
});
