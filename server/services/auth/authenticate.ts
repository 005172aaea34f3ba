import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError } from "@/server/errors";
import type { DbContext } from "@/server/services/context";

import { verifyAgainstDummy, verifyPassword } from "./password";
import { reserveAttempt, settleFailure, settleSuccess, throttledError, throttleKeys } from "./throttle";

export interface AuthenticateInput {
  email: string;
  password: string;
  /** The client's address as the app server saw it; without it only the account is throttled. */
  ip?: string | null;
  now?: Date;
}

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
}

/**
 * Check an email and password. Throws INVALID_CREDENTIALS (the same for an unknown email and a wrong
 * password) or SIGN_IN_THROTTLED with the seconds to wait. The attempt is counted before the password
 * is checked (server/services/auth/throttle.ts), so parallel attempts cannot check more passwords than
 * the limits allow; a locked account-and-address stays locked even for the right password, otherwise
 * the lock would only slow down wrong guesses.
 */
export async function authenticate({ db }: DbContext, input: AuthenticateInput): Promise<AuthenticatedUser> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  await reserveAttempt(db, keys, now);

  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !isValid) {
    const lock = await settleFailure(db, keys, now);
    if (lock > 0) throw throttledError(lock);
    throw new AppError("INVALID_CREDENTIALS");
  }

  await settleSuccess(db, keys);
  return { id: user.id, name: user.name, email: user.email };
}
