/**
 * Field rules shared by forms and procedures, so that the browser and the server say the same thing.
 */
import { z } from "zod";

import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, SLUG_MAX, TEAM_NAME_MAX } from "./limits";

/**
 * What free text may not contain: control characters other than tab and line breaks (C0 but tab, LF
 * and CR; DEL; C1), and halves of surrogate pairs standing alone. CR stays because text pasted or
 * imported from Windows ends its lines with CR LF (the importer normalises them). A NUL reaching
 * Postgres fails the statement; the others corrupt what people read, or hide what it says.
 */
const FORBIDDEN_IN_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first character free text may not contain, as "U+0000", or null when it is clean. */
export function forbiddenCharacterIn(text: string): string | null {
  const match = FORBIDDEN_IN_TEXT.exec(text);
  if (!match) return null;
  return `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The sentence for text that holds a forbidden character, after the field's name. */
export function forbiddenCharacterMessage(code: string): string {
  return `contains a control character (${code}), which text may not hold. Remove it and try again.`;
}

/**
 * The one primitive for free-text input: a string that holds no control character but tab and line
 * breaks, and no unpaired surrogate. Every procedure's input is also checked for this as a whole
 * (server/api/trpc.ts), so a field that forgets it is still covered.
 */
export function zText(field: string) {
  return z.string({ error: `${field} is required.` }).refine((text) => forbiddenCharacterIn(text) === null, {
    error: (issue) =>
      `${field} ${forbiddenCharacterMessage(forbiddenCharacterIn(String(issue.input)) ?? "")}`,
  });
}

export const zEmail = zText("Email")
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(EMAIL_MAX, `Email must be at most ${EMAIL_MAX} characters.`)
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const zPassword = zText("Password")
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`);

export const zPersonName = zText("Name")
  .trim()
  .min(1, "Name is required.")
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`);

export const zTeamName = zText("Team name")
  .trim()
  .min(2, "Team name must be at least 2 characters.")
  .max(TEAM_NAME_MAX, `Team name must be at most ${TEAM_NAME_MAX} characters.`);

/** Words that would collide with app routes or confuse people if used as a team address. */
export const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "account", "invite", "t", "teams"]);

export const zTeamSlug = z
  .string({ error: "Team address is required." })
  .trim()
  .toLowerCase()
  .min(2, "Team address must be at least 2 characters.")
  .max(SLUG_MAX, `Team address must be at most ${SLUG_MAX} characters.`)
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
    "Team address may use lower-case letters, digits and hyphens, and must start and end with a letter or digit.",
  )
  .refine((slug) => !RESERVED_SLUGS.has(slug), "That team address is reserved. Choose another one.");
