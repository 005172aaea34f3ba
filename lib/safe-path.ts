/** Any origin will do: a return path is resolved against it only to see whether it stays there. */
const HOME = "http://app.invalid";

/** Control characters (C0, DEL, C1) and backslashes: browsers strip or rewrite them ("/\t/h" → "//h"). */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\\]/;
/** In the path: encoded slashes, backslashes and control characters. */
const ENCODED_TRICKS = /%(?:2f|5c|[01][0-9a-f]|7f)/i;
/** Characters that look like a slash or a backslash and that some servers fold into one. */
const LOOK_ALIKES = /[\u2044\u2215\u29f5\u29f8\ufe68\uff0f\uff3c]/;

/**
 * The one check for every place that sends a person on after signing in, signing up, accepting an
 * invitation or coming back from single sign-on: a path on this site, or "/". The candidate is read
 * as a browser reads it (the WHATWG URL parser, against the app's origin) and must stay on that
 * origin; control characters, backslashes, encoded slashes and look-alike slashes are refused
 * outright, since browsers and proxies strip or fold them in ways that can turn a path into
 * "//another-host".
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE_CHARACTERS.test(value)) return "/";
  const path = value.split(/[?#]/, 1)[0] ?? "";
  if (ENCODED_TRICKS.test(path) || LOOK_ALIKES.test(path)) return "/";
  let url: URL;
  try {
    url = new URL(value, HOME);
  } catch {
    return "/";
  }
  if (url.origin !== HOME) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
