import { describe, expect, it } from "vitest";

import { signInAttempts } from "@/db/schema";
import { AppError } from "@/server/errors";
import { setupTestDatabase } from "@/server/testing/test-database";

import { ACCOUNT_POLICY, IP_POLICY, assertNotThrottled, clearFailures, recordFailure } from "./throttle";

const t = setupTestDatabase();
const unique = () => `account:throttle-${Math.random().toString(36).slice(2)}@test.example`;

async function waitSeconds(key: string, now: Date): Promise<number | null> {
  try {
    await assertNotThrottled(t.db, [key], now);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return Number((error as AppError).details?.retryAfterSeconds);
  }
}

describe("sign-in throttle", () => {
  it("locks an account after five failures, for a minute, then longer", async () => {
    const key = unique();
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 1; i <= 4; i++) expect(await recordFailure(t.db, key, ACCOUNT_POLICY, now)).toBe(0);
    expect(await waitSeconds(key, now)).toBeNull();
    expect(await recordFailure(t.db, key, ACCOUNT_POLICY, now)).toBe(60);
    expect(await waitSeconds(key, now)).toBe(60);
    expect(await waitSeconds(key, new Date(now.getTime() + 61_000))).toBeNull();
    // The next failure inside the window doubles the lock.
    expect(await recordFailure(t.db, key, ACCOUNT_POLICY, new Date(now.getTime() + 61_000))).toBe(120);
  });

  it("caps the lock and starts counting afresh after the window", async () => {
    const key = unique();
    const now = new Date("2026-01-01T10:00:00Z");
    let last = 0;
    for (let i = 0; i < 12; i++) last = await recordFailure(t.db, key, ACCOUNT_POLICY, now);
    expect(last).toBe(ACCOUNT_POLICY.maxLockSeconds);
    const later = new Date(now.getTime() + (ACCOUNT_POLICY.windowSeconds + 1) * 1000);
    expect(await recordFailure(t.db, key, ACCOUNT_POLICY, later)).toBe(0);
  });

  it("locks a client address only after many failures", async () => {
    const key = `ip:203.0.113.${Math.floor(Math.random() * 250)}-${Math.random()}`;
    const now = new Date();
    for (let i = 1; i < IP_POLICY.limit; i++) expect(await recordFailure(t.db, key, IP_POLICY, now)).toBe(0);
    expect(await recordFailure(t.db, key, IP_POLICY, now)).toBe(IP_POLICY.baseLockSeconds);
  });

  it("counts concurrent failures without losing any", async () => {
    const key = unique();
    const now = new Date();
    await Promise.all(Array.from({ length: 4 }, () => recordFailure(t.db, key, ACCOUNT_POLICY, now)));
    const rows = await t.db.select().from(signInAttempts);
    expect(rows.find((row) => row.key === key)?.failures).toBe(4);
  });

  it("forgets failures when cleared", async () => {
    const key = unique();
    const now = new Date();
    for (let i = 0; i < 5; i++) await recordFailure(t.db, key, ACCOUNT_POLICY, now);
    await clearFailures(t.db, key);
    expect(await waitSeconds(key, now)).toBeNull();
  });
});
