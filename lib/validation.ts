/**
 * Field rules shared by forms and procedures, so that the browser and the server say the same thing.
 */
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const TEAM_NAME_MAX = 60;
export const SLUG_MAX = 40;

export const zEmail = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(EMAIL_MAX, `Email must be at most ${EMAIL_MAX} characters.`)
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const zPassword = z
  .string({ error: "Password is required." })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`);

export const zPersonName = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(NAME_MAX, `Name must be at most ${NAME_MAX} characters.`);

export const zTeamName = z
  .string({ error: "Team name is required." })
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

/** A team address proposed from a team name: "Istanbul Desk (2025)" → "istanbul-desk-2025". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}
