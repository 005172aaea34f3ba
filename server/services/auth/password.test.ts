import { describe, expect, it } from "vitest";

import { AppError } from "@/server/errors";

import { assertPasswordStrength, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores argon2id with at least the OWASP parameters and verifies", async () => {
    const hash = await hashPassword("a sturdy passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a sturdy passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a sturdy passphrasE")).toBe(false);
  });

  it("treats a malformed hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("password strength", () => {
  const weak = (password: string, person = {}) => {
    try {
      assertPasswordStrength(password, person);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).message;
    }
  };

  it("refuses the most common passwords, whatever their case", () => {
    expect(weak("password123")).toMatch(/most common/);
    expect(weak("Qwertyuiop")).toMatch(/most common/);
    expect(weak("iloveyou")).toMatch(/most common/);
  });

  it("refuses one repeated character and the person's own name or email", () => {
    expect(weak("zzzzzzzzzz")).toMatch(/repeated/);
    expect(weak("dana@example.com", { email: "dana@example.com" })).toMatch(/name or email/);
    expect(weak("Dana Reyes", { name: "Dana Reyes" })).toMatch(/name or email/);
    expect(weak("danareyes", { email: "danareyes@example.com" })).toMatch(/name or email/);
  });

  it("accepts an uncommon passphrase", () => {
    expect(weak("harbour lights at dusk")).toBeNull();
  });
});
