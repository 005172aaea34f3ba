/**
 * Whether a request's Origin header names this app. Browsers send Origin with every cross-site
 * request, every POST and every websocket opening, so a page of another site is always recognised;
 * programs that are not browsers may send none, and are judged by their session like anyone else.
 * The app's origin is APP_URL's when it is set (behind a proxy that rewrites Host, set it), else the
 * request's own Host, over http or https.
 */
export function isAllowedOrigin(
  origin: string | null | undefined,
  host: string | null | undefined,
  appUrl: string | undefined = process.env.APP_URL,
): boolean {
  if (origin === null || origin === undefined || origin === "") return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    // "null" (a sandboxed frame, a file) and anything malformed.
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (appUrl) {
    try {
      return parsed.origin === new URL(appUrl).origin;
    } catch {
      return false;
    }
  }
  return Boolean(host) && parsed.host === host?.trim().toLowerCase();
}
