import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

import { AppError } from "@/server/errors";

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommended setting
 * (m = 19 MiB, t = 2, p = 1). The parameters travel inside each PHC string, so raising them later
 * only affects new hashes.
 */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id; the package declares it as an ambient const enum, which isolatedModules cannot read.
  algorithm: 2 satisfies Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hash a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Check a password against a stored hash; false for a malformed hash rather than an exception. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spend the same time as a real verification, so that "no such account" and "wrong password" cannot
 * be told apart by timing.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password that matches nothing");
  await verifyPassword(await dummyHash, password);
  return false;
}

let commonPasswords: Set<string> | undefined;

/** The ~30,000 most common passwords of the zxcvbn-ts list, lower-cased. */
function getCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  return commonPasswords;
}

/**
 * Refuse passwords that are on the common-passwords list, or that merely repeat the person's email
 * or name. Length bounds are checked by the input schema before this.
 */
export function assertPasswordStrength(password: string, person: { email?: string; name?: string } = {}) {
  const lowered = password.toLowerCase();
  if (getCommonPasswords().has(lowered)) {
    throw new AppError(
      "WEAK_PASSWORD",
      "This password is one of the most common passwords. Choose one that is harder to guess.",
    );
  }
  if (/^(.)\1+$/.test(password)) {
    throw new AppError("WEAK_PASSWORD", "A password of one repeated character is too easy to guess.");
  }
  const emailLocal = person.email?.split("@")[0]?.toLowerCase();
  if (
    (person.email && lowered === person.email.toLowerCase()) ||
    (emailLocal && emailLocal.length >= 4 && lowered === emailLocal) ||
    (person.name && lowered === person.name.trim().toLowerCase())
  ) {
    throw new AppError("WEAK_PASSWORD", "The password must not be your name or email address.");
  }
}
