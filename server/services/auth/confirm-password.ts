import type { Database } from "@/db";

import { verifyPassword } from "./password";
import { reserveAttempt, settleFailure, settleSuccess, throttledError, throttleKeys } from "./throttle";

/**
 * Check the password of someone already signed in (changing it, signing devices out), counted
 * against the same limits as signing in: a stolen session must not become a way to guess the
 * password at leisure. True when it matches; SIGN_IN_THROTTLED once the limits are reached.
 */
export async function confirmPassword(
  db: Database,
  input: { email: string; passwordHash: string; password: string; ip: string | null | undefined },
): Promise<boolean> {
  const now = new Date();
  const keys = throttleKeys(input.email, input.ip);
  await reserveAttempt(db, keys, now);
  if (!(await verifyPassword(input.passwordHash, input.password))) {
    const lock = await settleFailure(db, keys, now);
    if (lock > 0) throw throttledError(lock);
    return false;
  }
  await settleSuccess(db, keys);
  return true;
}
