/**
 * The lengths the forms and the procedures agree on, and the team address a name suggests: plain
 * values with no validation library behind them, so the browser's forms can import them without
 * bringing zod (30 KB gzipped) into the page. The zod rules built on them are in ./validation.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const TEAM_NAME_MAX = 60;
export const SLUG_MAX = 40;

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
