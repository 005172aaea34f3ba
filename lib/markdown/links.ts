/**
 * Which URLs become links. Only absolute http:, https: and mailto: URLs do: `javascript:`, `data:`,
 * `vbscript:`, relative paths and anything the URL parser rejects stay text.
 */

/** Longer link targets stay text. */
export const MAX_URL_LENGTH = 2048;
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The normalized href if `raw` is an absolute http:, https: or mailto: URL; null for anything else. */
export function safeHref(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(raw);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
