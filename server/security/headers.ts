import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * The security headers of every response, set by server.ts before Next renders, so that one place
 * decides them for pages, API routes and errors alike.
 *
 * The Content-Security-Policy is nonce-based: a fresh nonce per response, in `script-src` with
 * 'strict-dynamic', so only the scripts Next (and next-themes) render with that nonce run, and the
 * scripts they load. Next finds the nonce in the request's own `content-security-policy` header and
 * puts it on its scripts; the root layout reads {@link NONCE_HEADER} for next-themes. Styles keep
 * 'unsafe-inline': React and Radix position popovers through `style` attributes, which a nonce cannot
 * cover, and a style cannot run code.
 */

/** Where the nonce travels from server.ts to the root layout (a request header, never a response one). */
export const NONCE_HEADER = "x-workspace-nonce";

export interface PolicyOptions {
  /** Next's development server evaluates code for hot reload: 'unsafe-eval' there, never in production. */
  isDev: boolean;
  /** The origin the collaboration socket is on, as ws:// or wss:// (null: 'self' alone). */
  socketOrigin: string | null;
  /** Where forms may post or be redirected besides the app itself (the OIDC provider, when configured). */
  formTargets: string[];
  /** Served over https: ask browsers to upgrade any http subresource. */
  isHttps: boolean;
}

/** The Content-Security-Policy for one response with this nonce. */
export function contentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(options.isDev ? ["'unsafe-eval'"] : []),
    ],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    [
      "connect-src",
      "'self'",
      ...(options.socketOrigin ? [options.socketOrigin] : []),
      ...(options.isDev ? ["ws:"] : []),
    ],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...options.formTargets],
  ];
  if (options.isHttps) directives.push(["upgrade-insecure-requests"]);
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** Browser features the app never uses, switched off for it and anything it could be tricked into embedding. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");

/** One year, subdomains included: sent only when the app is reached over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export interface SiteSettings {
  /** APP_URL, when set: the origin the app is reached at. */
  appUrl: string | undefined;
  /** TRUST_PROXY: the nearest proxy's X-Forwarded-Proto says whether the browser used https. */
  trustProxy: boolean;
  isDev: boolean;
  /** The OIDC provider's issuer URL, when sign-in through it is configured. */
  oidcIssuer: string | undefined;
}

/** Whether the browser reached the app over https (APP_URL's scheme, else the proxy's word, else the socket). */
export function isHttpsRequest(req: IncomingMessage, site: SiteSettings): boolean {
  if (site.appUrl) return site.appUrl.startsWith("https:");
  if (site.trustProxy) {
    const forwarded = req.headers["x-forwarded-proto"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
      .split(",")
      .at(-1)
      ?.trim();
    if (last) return last === "https";
  }
  return "encrypted" in req.socket && req.socket.encrypted === true;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The headers for one request: what goes on the response, and what server.ts adds to the request so
 * Next and the root layout find the nonce. The socket's origin comes from APP_URL, else from the Host
 * header when it is a plain host name (anything else is left to 'self').
 */
export function securityHeadersFor(
  req: IncomingMessage,
  site: SiteSettings,
): { response: Record<string, string>; request: Record<string, string> } {
  const nonce = randomBytes(16).toString("base64");
  const isHttps = isHttpsRequest(req, site);
  const appHost = site.appUrl ? (originOf(site.appUrl)?.replace(/^https?:\/\//, "") ?? null) : null;
  const host = appHost ?? (HOST.test(req.headers.host ?? "") ? (req.headers.host ?? null) : null);
  const policy = contentSecurityPolicy(nonce, {
    isDev: site.isDev,
    socketOrigin: host ? `${isHttps ? "wss" : "ws"}://${host}` : null,
    formTargets: [originOf(site.oidcIssuer)].filter((origin): origin is string => origin !== null),
    isHttps,
  });
  const response: Record<string, string> = {
    "Content-Security-Policy": policy,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
  };
  if (isHttps) response["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return { response, request: { "content-security-policy": policy, [NONCE_HEADER]: nonce } };
}
