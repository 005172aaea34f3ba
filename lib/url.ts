/**
 * URLs as the team sees them: the canonical form an article is filed under (tracking parameters and
 * fragments removed), and the host an outlet is known by.
 */

/** Query parameters that only track the reader and never change the page. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "ref",
  "ref_src",
  "ref_url",
  "referrer",
  "cmpid",
  "ocid",
  "spm",
  "s_cid",
  "share",
  "smid",
  "smtyp",
  "guccounter",
  "guce_referrer",
  "guce_referrer_sig",
  "itm_source",
  "itm_medium",
  "itm_campaign",
  "ito",
  "taid",
  "sr_share",
  "rss",
  "cid",
]);
const TRACKING_PREFIXES = ["utm_", "at_", "ns_", "pk_", "mtm_", "hsa_", "oly_"];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** Parse an http(s) URL; null for anything else (mailto:, javascript:, relative, malformed). */
export function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The canonical form of an article URL: http(s) only, no credentials, no fragment, no tracking
 * parameters, host lower-cased (the URL parser does that) and default ports dropped.
 */
export function canonicalizeUrl(value: string): string | null {
  const url = parseHttpUrl(value);
  if (!url) return null;
  url.username = "";
  url.password = "";
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  const search = url.searchParams.toString();
  url.search = search ? `?${search}` : "";
  return url.toString();
}

/** "www.News.az" → "news.az": the host an outlet is known by, without "www.". */
export function siteHost(value: string): string | null {
  const url = parseHttpUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  if (!url || !url.hostname.includes(".")) return null;
  return url.hostname.replace(/^www\./, "");
}
