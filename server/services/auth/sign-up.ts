import { eq } from "drizzle-orm";

import { users } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { DbContext } from "@/server/services/context";

import { assertPasswordStrength, hashPassword } from "./password";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/** Create an account. The email must be new; the password must pass the strength rules. */
export async function signUp({ db }: DbContext, input: SignUpInput): Promise<{ id: string; email: string }> {
  assertPasswordStrength(input.password, input);
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (existing) throw new AppError("EMAIL_TAKEN");

  const passwordHash = await hashPassword(input.password);
  try {
    const [created] = await db
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash })
      .returning({ id: users.id, email: users.email });
    if (!created) throw new Error("insert returned no row");
    return created;
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN");
    throw error;
  }
}
