import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { signInAttempts } from "@/db/schema";
import { AppError } from "@/server/errors";
import { setupTestDatabase } from "@/server/testing/test-database";

import {
  IP_POLICY,
  PAIR_POLICY,
  lockSecondsFor,
  reserveAttempt,
  settleFailure,
  settleSuccess,
  throttleKeys,
  type ThrottleKey,
} from "./throttle";

const t = setupTestDatabase();
/** A fresh client address per use: counts on a shared server database must not carry over between runs. */
const anyAddress = () => `203.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const email = () => `throttle-${Math.random().toString(36).slice(2)}@test.example`;

/** Seconds to wait when the reservation is refused, null when it is taken. */
async function reserve(keys: ThrottleKey[], now: Date): Promise<number | null> {
  try {
    await reserveAttempt(t.db, keys, now);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return Number((error as AppError).details?.retryAfterSeconds);
  }
}

async function failuresOf(key: string): Promise<number> {
  const [row] = await t.db.select().from(signInAttempts).where(eq(signInAttempts.key, key));
  return row?.failures ?? 0;
}

/** One failed attempt: reserve, then settle as a failure; the lock in seconds (null: refused). */
async function fail(keys: ThrottleKey[], now: Date): Promise<number | null> {
  if ((await reserve(keys, now)) !== null) return null;
  return settleFailure(t.db, keys, now);
}

describe("sign-in throttle", () => {
  it("locks an account from one address on the fifth failure, for a minute, then longer", async () => {
    const keys = throttleKeys(email(), anyAddress());
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 1; i <= 4; i++) expect(await fail(keys, now)).toBe(0);
    expect(await fail(keys, now)).toBe(60);
    expect(await reserve(keys, now)).toBe(60);
    const later = new Date(now.getTime() + 61_000);
    // The next failure inside the window doubles the lock.
    expect(await fail(keys, later)).toBe(120);
  });

  it("caps the lock, and starts counting afresh after the window", async () => {
    expect(lockSecondsFor(PAIR_POLICY, 30)).toBe(PAIR_POLICY.maxLockSeconds);
    const keys = throttleKeys(email(), anyAddress());
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 5; i++) await fail(keys, now);
    const later = new Date(now.getTime() + (PAIR_POLICY.windowSeconds + 1) * 1000);
    expect(await fail(keys, later)).toBe(0);
  });

  it("locks a client address only after many failures across accounts", async () => {
    const ip = anyAddress();
    const now = new Date("2026-01-02T10:00:00Z");
    for (let i = 1; i < IP_POLICY.limit; i++) expect(await fail(throttleKeys(email(), ip), now)).toBe(0);
    expect(await fail(throttleKeys(email(), ip), now)).toBe(IP_POLICY.baseLockSeconds);
    expect(await reserve(throttleKeys(email(), ip), now)).toBe(IP_POLICY.baseLockSeconds);
  });

  it("counts parallel reservations exactly, and refuses those past the limit without counting them", async () => {
    const keys = throttleKeys(email(), anyAddress());
    const now = new Date("2026-01-03T10:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => reserve(keys, now)));
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(PAIR_POLICY.limit);
    expect(await failuresOf(keys[0]?.key ?? "")).toBe(PAIR_POLICY.limit);
  });

  it("forgets the account's failures on success, and takes the success off the address's count", async () => {
    const address = anyAddress();
    const keys = throttleKeys(email(), address);
    const now = new Date("2026-01-04T10:00:00Z");
    for (let i = 0; i < 3; i++) await fail(keys, now);
    expect(await reserve(keys, now)).toBeNull();
    await settleSuccess(t.db, keys);
    expect(await failuresOf(keys[0]?.key ?? "")).toBe(0);
    expect(await failuresOf(keys[1]?.key ?? "")).toBe(0);
    // The address keeps its three failures, not the success.
    expect(await failuresOf(`ip:${address}`)).toBe(3);
  });
});
