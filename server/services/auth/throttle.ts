import { and, eq, gte, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { signInAttempts } from "@/db/schema";
import { formatWait } from "@/lib/format";
import { AppError } from "@/server/errors";

/**
 * Sign-in throttling, in Postgres so that every app instance shares one count. Three counters per
 * attempt:
 * - the account from this client address ("pair"): five failures lock that pair, so guessing one
 *   person's password from one place stops, while the person can still sign in from elsewhere;
 * - the account from anywhere: a softer slow-down (seconds, not minutes) against guessing spread
 *   over many addresses, which a stranger cannot turn into a lock-out;
 * - the client address: many failures across accounts (password spraying) lock the address.
 * An attempt is counted before its password is checked, in one transaction, so parallel attempts
 * can never check more passwords than the limits allow.
 */
export interface ThrottlePolicy {
  /** Attempts allowed within the window; the failure that reaches it locks the key. */
  limit: number;
  windowSeconds: number;
  /** Lock after reaching the limit; doubles with each further failure, up to the cap. */
  baseLockSeconds: number;
  maxLockSeconds: number;
}

export const PAIR_POLICY: ThrottlePolicy = {
  limit: 5,
  windowSeconds: 15 * 60,
  baseLockSeconds: 60,
  maxLockSeconds: 15 * 60,
};

export const ACCOUNT_POLICY: ThrottlePolicy = {
  limit: 10,
  windowSeconds: 15 * 60,
  baseLockSeconds: 1,
  maxLockSeconds: 30,
};

export const IP_POLICY: ThrottlePolicy = {
  limit: 30,
  windowSeconds: 15 * 60,
  baseLockSeconds: 15 * 60,
  maxLockSeconds: 60 * 60,
};

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/** The counters one sign-in attempt counts against, always in this order (rows lock in it). */
export function throttleKeys(email: string, ip: string | null | undefined): ThrottleKey[] {
  const account = email.trim().toLowerCase();
  return [
    { key: `pair:${account}|${ip ?? ""}`, policy: PAIR_POLICY },
    { key: `account:${account}`, policy: ACCOUNT_POLICY },
    ...(ip ? [{ key: `ip:${ip}`, policy: IP_POLICY }] : []),
  ];
}

/** How long a key is locked after its `failures`-th failure. */
export function lockSecondsFor(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.limit) return 0;
  return Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(failures - policy.limit, 16));
}

/**
 * Count one attempt against every key, or none: refused with SIGN_IN_THROTTLED (and nothing
 * counted) when a key is locked, or when the attempts already under way have used up its limit.
 * Each upsert holds its row until the transaction ends, so concurrent attempts queue on it and each
 * sees the ones before. Past the limit, once a lock has run out, one more attempt is let through and
 * the key is locked again at once, for as long as its failure would lock it: whatever comes in
 * parallel meanwhile is refused, and a success lifts the lock.
 */
export async function reserveAttempt(db: Database, keys: readonly ThrottleKey[], now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    let waitMs = 0;
    for (const { key, policy } of keys) {
      const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
      const isNewWindow = sql`${signInAttempts.windowStartedAt} < ${windowStart}`;
      const [row] = await tx
        .insert(signInAttempts)
        .values({ key, failures: 1, windowStartedAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: signInAttempts.key,
          set: {
            failures: sql`case when ${isNewWindow} then 1 else ${signInAttempts.failures} + 1 end`,
            windowStartedAt: sql`case when ${isNewWindow} then ${now} else ${signInAttempts.windowStartedAt} end`,
            // A new window forgets a lock that has run out (one still running stays).
            lockedUntil: sql`case when ${isNewWindow} and coalesce(${signInAttempts.lockedUntil} <= ${now}, true) then null else ${signInAttempts.lockedUntil} end`,
            updatedAt: now,
          },
        })
        .returning({ failures: signInAttempts.failures, lockedUntil: signInAttempts.lockedUntil });
      if (!row || row.failures <= policy.limit) continue;
      if (row.lockedUntil && row.lockedUntil > now) {
        waitMs = Math.max(waitMs, row.lockedUntil.getTime() - now.getTime());
      } else if (!row.lockedUntil) {
        // The limit is taken by attempts still being checked: refuse as their lock will.
        waitMs = Math.max(waitMs, lockSecondsFor(policy, row.failures - 1) * 1000);
      } else {
        // The lock has run out: this attempt goes through, and the key locks again behind it.
        await tx
          .update(signInAttempts)
          .set({ lockedUntil: new Date(now.getTime() + lockSecondsFor(policy, row.failures) * 1000) })
          .where(eq(signInAttempts.key, key));
      }
    }
    // Thrown inside the transaction: the counts above are rolled back.
    if (waitMs > 0) throw throttledError(Math.ceil(waitMs / 1000));
  });
}

/**
 * The attempt's password was wrong: lock every key whose count has reached its limit, for as long as
 * its count says (one statement per key). Returns the longest lock in seconds (0: none).
 */
export async function settleFailure(db: Database, keys: readonly ThrottleKey[], now: Date): Promise<number> {
  let longest = 0;
  for (const { key, policy } of keys) {
    const lockSeconds = sql`least(${policy.maxLockSeconds}, ${policy.baseLockSeconds} * power(2, least(${signInAttempts.failures} - ${policy.limit}, 16)))`;
    const [row] = await db
      .update(signInAttempts)
      .set({
        lockedUntil: sql`greatest(coalesce(${signInAttempts.lockedUntil}, ${now}), ${now}::timestamptz + make_interval(secs => ${lockSeconds}))`,
      })
      .where(and(eq(signInAttempts.key, key), gte(signInAttempts.failures, policy.limit)))
      .returning({ failures: signInAttempts.failures });
    if (row) longest = Math.max(longest, lockSecondsFor(policy, row.failures));
  }
  return longest;
}

/**
 * The password was right: forget the account's failures (from this address and from anywhere), and
 * take the successful attempt back off the address's count, so an office signing in together never
 * locks itself out.
 */
export async function settleSuccess(db: Database, keys: readonly ThrottleKey[]): Promise<void> {
  for (const { key } of keys) {
    if (key.startsWith("ip:"))
      await db
        .update(signInAttempts)
        .set({ failures: sql`greatest(${signInAttempts.failures} - 1, 0)` })
        .where(eq(signInAttempts.key, key));
    else await db.delete(signInAttempts).where(eq(signInAttempts.key, key));
  }
}

export function throttledError(retryAfterSeconds: number): AppError {
  return new AppError(
    "SIGN_IN_THROTTLED",
    `Too many failed sign-in attempts. Try again in ${formatWait(retryAfterSeconds)}.`,
    { retryAfterSeconds },
  );
}
