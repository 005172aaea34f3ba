import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { users } from "@/db/schema";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();
const email = () => `new-${Math.random().toString(36).slice(2)}@test.example`;

async function countUsers(address: string) {
  return (await t.db.select({ id: users.id }).from(users).where(eq(users.email, address))).length;
}

describe("auth.signUp", () => {
  it("creates an account with a normalised email and an argon2id hash", async () => {
    const address = email();
    const result = await callerFor(t.db, null).auth.signUp({
      name: "  Sam Okafor ",
      email: `  ${address.toUpperCase()} `,
      password: "northern lights 1987",
    });
    expect(result.email).toBe(address);
    const [row] = await t.db.select().from(users).where(eq(users.id, result.id));
    expect(row?.name).toBe("Sam Okafor");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email with a clear message and writes nothing", async () => {
    const address = email();
    await callerFor(t.db, null).auth.signUp({
      name: "First",
      email: address,
      password: "northern lights 1987",
    });
    const error = await expectTRPCError(
      callerFor(t.db, null).auth.signUp({
        name: "Second",
        email: address.toUpperCase(),
        password: "other passphrase 5",
      }),
      "CONFLICT",
    );
    expect(error.message).toBe("An account with this email already exists. Sign in instead.");
    expect(await countUsers(address)).toBe(1);
  });

  it("refuses a common password and writes nothing", async () => {
    const address = email();
    const error = await expectTRPCError(
      callerFor(t.db, null).auth.signUp({ name: "Sam", email: address, password: "password1" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/most common passwords/);
    expect(await countUsers(address)).toBe(0);
  });

  it.each([
    [{ name: "", email: "a@b.example", password: "northern lights 1987" }, "Name is required."],
    [
      { name: "x".repeat(81), email: "a@b.example", password: "northern lights 1987" },
      "Name must be at most 80 characters.",
    ],
    [{ name: "Sam", email: "not an email", password: "northern lights 1987" }, "valid email"],
    [{ name: "Sam", email: "a@b.example", password: "short" }, "Password must be at least 8 characters."],
    [
      { name: "Sam", email: "a@b.example", password: "p".repeat(257) },
      "Password must be at most 256 characters.",
    ],
  ])("refuses bad fields with a message naming them: %j", async (input, message) => {
    const error = await expectTRPCError(callerFor(t.db, null).auth.signUp(input), "BAD_REQUEST");
    expect(error.message).toContain(message);
    expect(await countUsers("a@b.example")).toBe(0);
  });
});
