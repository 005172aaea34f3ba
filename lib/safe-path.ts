/**
 * A same-site path to return to after signing in, or "/". Anything else (another origin, "//host",
 * "/\host") would make the sign-in page an open redirect.
 */
export function safeReturnPath(value: unknown): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
