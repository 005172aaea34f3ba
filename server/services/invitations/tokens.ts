import { createHash, randomBytes } from "node:crypto";

/** A new invitation token: 32 random bytes, URL-safe. Only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex. A fast hash is right here: the token has 256 bits of entropy. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
