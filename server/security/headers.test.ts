import type { IncomingMessage } from "node:http";

import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, NONCE_HEADER, securityHeadersFor, type SiteSettings } from "./headers";

const site: SiteSettings = { appUrl: undefined, trustProxy: false, isDev: false, oidcIssuer: undefined };

function request(headers: Record<string, string>, encrypted = false): IncomingMessage {
  return { headers, socket: { encrypted } } as unknown as IncomingMessage;
}

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `) || part === name);

describe("security headers", () => {
  it("write a strict nonce policy, a fresh nonce per response, the same on request and response", () => {
    const first = securityHeadersFor(request({ host: "localhost:3000" }), site);
    const second = securityHeadersFor(request({ host: "localhost:3000" }), site);
    const policy = first.response["Content-Security-Policy"] ?? "";
    const nonce = first.request[NONCE_HEADER] ?? "";
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.request[NONCE_HEADER]).not.toBe(nonce);
    expect(first.request["content-security-policy"]).toBe(policy);
    expect(directive(policy, "script-src")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' ws://localhost:3000");
    for (const rule of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ])
      expect(policy).toContain(rule);
    expect(policy).not.toContain("unsafe-eval");
    expect(first.response["Permissions-Policy"]).toContain("camera=()");
    expect(first.response["Strict-Transport-Security"]).toBeUndefined();
  });

  it("send HSTS and wss only over https: APP_URL's scheme, or the trusted proxy's word", () => {
    const viaAppUrl = securityHeadersFor(request({ host: "internal:3000" }), {
      ...site,
      appUrl: "https://analysts.example.org",
    });
    expect(viaAppUrl.response["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(viaAppUrl.response["Content-Security-Policy"]).toContain("wss://analysts.example.org");
    expect(viaAppUrl.response["Content-Security-Policy"]).toContain("upgrade-insecure-requests");

    const proxied = request({ host: "analysts.example.org", "x-forwarded-proto": "https" });
    expect(
      securityHeadersFor(proxied, { ...site, trustProxy: true }).response["Strict-Transport-Security"],
    ).toBeDefined();
    // Without TRUST_PROXY the client's own claim of https is not believed.
    expect(securityHeadersFor(proxied, site).response["Strict-Transport-Security"]).toBeUndefined();
  });

  it("never copy a hostile Host header into the policy", () => {
    const hostile = securityHeadersFor(request({ host: "evil.example; script-src *" }), site);
    const policy = hostile.response["Content-Security-Policy"] ?? "";
    expect(policy).not.toContain("evil");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
  });

  it("let the OIDC provider receive the sign-in form, and allow eval only in development", () => {
    const policy = contentSecurityPolicy("n", {
      isDev: true,
      socketOrigin: null,
      formTargets: ["https://id.example.org"],
      isHttps: false,
    });
    expect(directive(policy, "form-action")).toBe("form-action 'self' https://id.example.org");
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
  });
});
