import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AppError } from "@/server/errors";

import { fetchPage, type FetchPolicy } from "./fetch-url";

/** A local test server whose routes say what each case needs; allowed by the policy by host:port. */
let server: http.Server;
let other: http.Server;
let base = "";
let otherBase = "";

beforeAll(async () => {
  other = http.createServer((_req, res) => res.end("<html><body><p>internal admin page</p></body></html>"));
  server = http.createServer((req, res) => {
    const route = req.url ?? "/";
    if (route === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><head><title>T</title></head><body><p>Hello from the test server.</p></body></html>");
    } else if (route === "/latin1") {
      res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" });
      res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    } else if (route === "/missing") {
      res.writeHead(404, { "content-type": "text/html" }).end("nope");
    } else if (route === "/broken") {
      res.writeHead(500).end();
    } else if (route === "/image") {
      res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(64));
    } else if (route === "/huge") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(300_000));
    } else if (route === "/to-internal") {
      res.writeHead(302, { location: `${otherBase}/admin` }).end();
    } else if (route === "/to-compat") {
      res.writeHead(302, { location: `http://[::127.0.0.1]:${new URL(otherBase).port}/admin` }).end();
    } else if (route.startsWith("/loop")) {
      res.writeHead(301, { location: `/loop${route.length}` }).end();
    } else if (route === "/hang") {
      // Never answers.
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

function policy(overrides: Partial<FetchPolicy> = {}): FetchPolicy {
  return {
    timeoutMs: 1500,
    maxBytes: 100_000,
    maxRedirects: 5,
    allowHosts: new Set([`127.0.0.1:${new URL(base).port}`]),
    // A resolver with fixed answers, so the tests need no DNS.
    lookup: (hostname) =>
      Promise.resolve().then(() => {
        if (hostname === "localhost") return [{ address: "127.0.0.1", family: 4 }];
        if (hostname === "metadata.internal.example") return [{ address: "169.254.169.254", family: 4 }];
        // IPv4 inside IPv6 answers: compatible loopback, NAT64 metadata.
        if (hostname === "compat.example") return [{ address: "::7f00:1", family: 6 }];
        if (hostname === "nat64.example") return [{ address: "64:ff9b::a9fe:a9fe", family: 6 }];
        if (hostname === "mixed.example") {
          return [
            { address: "93.184.216.34", family: 4 },
            { address: "10.0.0.5", family: 4 },
          ];
        }
        throw new Error("ENOTFOUND");
      }),
    ...overrides,
  };
}

async function failure(url: string, overrides: Partial<FetchPolicy> = {}) {
  try {
    await fetchPage(url, policy(overrides));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe("fetchPage", () => {
  it("fetches an allowed page and decodes its charset", async () => {
    const page = await fetchPage(`${base}/article`, policy());
    expect(page.body).toContain("Hello from the test server.");
    expect(page.contentType).toBe("text/html");
    expect((await fetchPage(`${base}/latin1`, policy())).body).toBe("Café");
  });

  it.each([
    ["http://127.0.0.1/", "URL_BLOCKED"],
    ["http://10.0.0.1/", "URL_BLOCKED"],
    ["http://169.254.169.254/latest/meta-data/", "URL_BLOCKED"],
    ["http://[::1]/", "URL_BLOCKED"],
    ["http://[::127.0.0.1]/", "URL_BLOCKED"],
    ["http://[::a9fe:a9fe]/latest/meta-data/", "URL_BLOCKED"],
    ["http://[::ffff:10.0.0.1]/", "URL_BLOCKED"],
    ["http://compat.example/", "URL_BLOCKED"],
    ["http://nat64.example/", "URL_BLOCKED"],
    ["http://localhost/", "URL_BLOCKED"],
    ["http://metadata.internal.example/", "URL_BLOCKED"],
    ["http://mixed.example/", "URL_BLOCKED"],
    ["http://does-not-exist.example/", "URL_UNRESOLVED"],
    ["ftp://example.com/file", "URL_INVALID"],
    ["javascript:alert(1)", "URL_INVALID"],
  ])("refuses %s (%s) before connecting", async (url, code) => {
    expect((await failure(url)).code).toBe(code);
  });

  it("refuses a public-looking address that redirects inside", async () => {
    const error = await failure(`${base}/to-internal`);
    expect(error.code).toBe("URL_BLOCKED");
    // …also when the redirect hides loopback in an IPv4-compatible IPv6 address.
    expect((await failure(`${base}/to-compat`)).code).toBe("URL_BLOCKED");
  });

  it("says what the site answered for 404 and 500", async () => {
    expect((await failure(`${base}/missing`)).message).toBe("The site answered 404 Not Found.");
    expect((await failure(`${base}/broken`)).message).toBe("The site answered 500 Internal Server Error.");
  });

  it("gives up on a site that never answers", async () => {
    const started = Date.now();
    expect((await failure(`${base}/hang`, { timeoutMs: 400 })).code).toBe("URL_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses an image, a page over the size limit, and endless redirects", async () => {
    const image = await failure(`${base}/image`);
    expect(image.code).toBe("URL_UNSUPPORTED_CONTENT");
    expect(image.message).toBe("The address sent image/png, not a web page or text.");
    expect((await failure(`${base}/huge`)).code).toBe("URL_TOO_LARGE");
    expect((await failure(`${base}/loop`)).code).toBe("URL_TOO_MANY_REDIRECTS");
  });
});
