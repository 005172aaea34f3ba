/**
 * Which URLs become links. Only absolute http:, https: and mailto: URLs do: `javascript:`, `data:`,
 * `vbscript:`, relative paths and anything the URL parser rejects stay text.
 */

/** Longer link targets and bare URLs stay text; this also bounds how far one `](` looks ahead. */
export const MAX_URL_LENGTH = 2048;
/** Where a bare URL may start: the caller also checks that no letter or digit comes right before. */
export const URL_START = /^(?:https?:\/\/|mailto:)/i;
/** Characters that end a bare URL (GFM stops at whitespace and `<`; brackets end it so links work). */
export const URL_STOP = /[\s<>"`[\]\\{}|]/u;
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const TRAILING_PUNCTUATION = /[?!.,:;*_~'"]/;

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

/**
 * The link in a run of URL characters that starts with a scheme, GFM style: trailing punctuation and
 * unbalanced `)` belong to the sentence, not the URL ("see https://x.org/a_(b)."). Null if what is
 * left is not a safe, complete URL.
 */
export function bareUrl(scanned: string): { text: string; href: string } | null {
  let text = scanned;
  const opens = scanned.split("(").length - 1;
  let closes = scanned.split(")").length - 1;
  for (;;) {
    const last = text.at(-1) ?? "";
    if (last === ")" && closes > opens) closes--;
    else if (!TRAILING_PUNCTUATION.test(last)) break;
    text = text.slice(0, -1);
  }
  const scheme = URL_START.exec(text)?.[0] ?? "";
  const rest = text.slice(scheme.length);
  const isComplete = scheme.toLowerCase() === "mailto:" ? rest.includes("@") : rest.length > 0;
  const href = isComplete ? safeHref(text) : null;
  return href ? { text, href } : null;
}
