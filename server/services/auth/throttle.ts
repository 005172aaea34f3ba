import { inArray, sql } from "drizzle-orm";

import type { Database } from "@/db";
import { signInAttempts } from "@/db/schema";
import { formatWait } from "@/lib/format";
import { AppError } from "@/server/errors";

/**
 * Failed sign-in throttling. Two counters per attempt: one for the account (slows down guessing one
 * person's password) and one for the client address (slows down spraying many accounts). Counts live
 * in Postgres so several app instances agree.
 */
export interface ThrottlePolicy {
  /** Failures allowed within the window before the key is locked. */
  limit: number;
  windowSeconds: number;
  /** Lock after reaching the limit; doubles with each further failure, up to the cap. */
  baseLockSeconds: number;
  maxLockSeconds: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = {
  limit: 5,
  windowSeconds: 15 * 60,
  baseLockSeconds: 60,
  maxLockSeconds: 15 * 60,
};

export const IP_POLICY: ThrottlePolicy = {
  limit: 30,
  windowSeconds: 15 * 60,
  baseLockSeconds: 15 * 60,
  maxLockSeconds: 60 * 60,
};

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string): string {
  return `ip:${ip}`;
}

/** Throw SIGN_IN_THROTTLED when any of the keys is locked at `now`. */
export async function assertNotThrottled(db: Database, keys: string[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db
    .select({ key: signInAttempts.key, lockedUntil: signInAttempts.lockedUntil })
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, keys));
  let waitMs = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) {
      waitMs = Math.max(waitMs, row.lockedUntil.getTime() - now.getTime());
    }
  }
  if (waitMs > 0) throw throttledError(Math.ceil(waitMs / 1000));
}

/**
 * Count one failure for `key`, atomically (an upsert, so concurrent failures are all counted).
 * Returns the seconds the key is now locked for, or 0.
 */
export async function recordFailure(
  db: Database,
  key: string,
  policy: ThrottlePolicy,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
  const [row] = await db
    .insert(signInAttempts)
    .values({ key, failures: 1, windowStartedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: signInAttempts.key,
      set: {
        failures: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then 1 else ${signInAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then ${now} else ${signInAttempts.windowStartedAt} end`,
        updatedAt: now,
      },
    })
    .returning({ failures: signInAttempts.failures });
  const failures = row?.failures ?? 1;
  if (failures < policy.limit) return 0;
  const lockSeconds = Math.min(
    policy.maxLockSeconds,
    policy.baseLockSeconds * 2 ** Math.min(failures - policy.limit, 16),
  );
  await db
    .update(signInAttempts)
    .set({ lockedUntil: new Date(now.getTime() + lockSeconds * 1000) })
    .where(sql`${signInAttempts.key} = ${key}`);
  return lockSeconds;
}

/** Forget the failures of `key` (after a successful sign-in). */
export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.delete(signInAttempts).where(sql`${signInAttempts.key} = ${key}`);
}

export function throttledError(retryAfterSeconds: number): AppError {
  return new AppError(
    "SIGN_IN_THROTTLED",
    `Too many failed sign-in attempts. Try again in ${formatWait(retryAfterSeconds)}.`,
    { retryAfterSeconds },
  );
}
