import Bowser from "bowser";

/**
 * A person-readable name for the browser behind a User-Agent ("Chrome 156 on Linux"), for the list of
 * signed-in sessions. Bowser does the parsing (User-Agent strings are a swamp); unknown parts are
 * left out rather than guessed.
 */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent?.trim()) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split(".")[0];
  const browser = parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(" ") : null;
  const os = parsed.os.name ?? null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? "Unknown device";
}
