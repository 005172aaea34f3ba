/**
 * A page's view state (search, filters, the open claim) lives in the address bar's query, so a view
 * can be shared, reloaded and bookmarked. These are the two ends of that: reading the query a server
 * page was given, and writing a new one from the browser.
 */

/** A server page's `searchParams` record as URLSearchParams (a repeated key keeps every value). */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, item);
  }
  return params;
}

/**
 * Replace the address bar's URL with `pathname` and `query` (empty, or starting with "?") without a
 * server round trip: Next's router follows `history.replaceState`, so `useSearchParams` updates at
 * once and the page's client queries fetch what the new view needs. A `router.replace` would first
 * render the whole page again on the server and change the URL only once that answer arrived.
 */
export function replaceViewUrl(pathname: string, query: string): void {
  window.history.replaceState(null, "", `${pathname}${query}`);
}
