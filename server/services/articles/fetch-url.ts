import dns from "node:dns/promises";
import type { LookupAddress } from "node:dns";

import ipaddr from "ipaddr.js";
import { Agent, fetch as undiciFetch } from "undici";

import { parseHttpUrl } from "@/lib/url";
import { AppError } from "@/server/errors";

import { isPublicAddress } from "./address-guard";

/**
 * Fetching an article from a URL someone typed, without letting that URL reach inside our network
 * (SSRF). Every hop's host is resolved and every address must be public unicast; the connection is
 * then pinned to the address that was checked, so DNS cannot change its answer in between; redirects
 * are followed by hand, each one checked again.
 */
export interface FetchPolicy {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** "host:port" pairs allowed even on private addresses: only for the test suite's own servers. */
  allowHosts: ReadonlySet<string>;
  /** Resolver; tests substitute one. */
  lookup: (hostname: string) => Promise<LookupAddress[]>;
}

const ALLOWED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)$/i;

/** The production policy: 10 s, 5 MB, 5 redirects, no private addresses. */
export function defaultFetchPolicy(): FetchPolicy {
  return {
    timeoutMs: Number(process.env.URL_FETCH_TIMEOUT_MS ?? 10_000),
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowHosts: new Set(
      (process.env.URL_FETCH_ALLOW_HOSTS ?? "")
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    ),
    lookup: (hostname) => dns.lookup(hostname, { all: true, verbatim: true }),
  };
}

export interface FetchedPage {
  finalUrl: string;
  contentType: string;
  body: string;
}

function hostKey(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.replace(/^\[|\]$/g, "").toLowerCase()}:${port}`;
}

async function vet(url: URL, policy: FetchPolicy): Promise<LookupAddress> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: LookupAddress[];
  if (ipaddr.isValid(hostname)) {
    addresses = [{ address: hostname, family: ipaddr.parse(hostname).kind() === "ipv6" ? 6 : 4 }];
  } else {
    try {
      addresses = await policy.lookup(hostname);
    } catch {
      throw new AppError("URL_UNRESOLVED");
    }
  }
  const first = addresses[0];
  if (!first) throw new AppError("URL_UNRESOLVED");
  if (policy.allowHosts.has(hostKey(url))) return first;
  // All of them: a name that answers with one public and one private address is refused.
  if (!addresses.every((entry) => isPublicAddress(entry.address))) throw new AppError("URL_BLOCKED");
  return first;
}

function pinnedAgent(target: LookupAddress, timeoutMs: number): Agent {
  return new Agent({
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: {
      timeout: timeoutMs,
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all) callback(null, [target]);
        else callback(null, target.address, target.family);
      },
    },
  });
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(
    Buffer.from(head.subarray(0, 2048)).toString("latin1"),
  )?.[1];
  return meta ?? "utf-8";
}

const STATUS_TEXT: Record<number, string> = {
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  410: "Gone",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** Fetch a page for import under `policy`; every refusal is an AppError with a sentence for the user. */
export async function fetchPage(
  rawUrl: string,
  policy: FetchPolicy = defaultFetchPolicy(),
): Promise<FetchedPage> {
  const first = parseHttpUrl(rawUrl);
  if (!first) throw new AppError("URL_INVALID");
  let url: URL = first;
  const signal = AbortSignal.timeout(policy.timeoutMs);

  for (let hop = 0; hop <= policy.maxRedirects; hop++) {
    const target = await vet(url, policy);
    const agent = pinnedAgent(target, policy.timeoutMs);
    try {
      let response;
      try {
        response = await undiciFetch(url, {
          dispatcher: agent,
          redirect: "manual",
          signal,
          headers: {
            "user-agent": "AnalystWorkspace/0.1 (article import)",
            accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          },
        });
      } catch {
        throw signal.aborted ? new AppError("URL_TIMEOUT") : new AppError("URL_FETCH_FAILED");
      }

      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location");
        await response.body?.cancel();
        const next: URL | null = location ? parseHttpUrl(new URL(location, url).toString()) : null;
        if (!next)
          throw new AppError("URL_FETCH_FAILED", "The site redirected to an address that cannot be fetched.");
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const text = STATUS_TEXT[response.status] ?? "an error";
        throw new AppError("URL_HTTP_ERROR", `The site answered ${response.status} ${text}.`, {
          status: response.status,
        });
      }
      const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      if (!ALLOWED_TYPES.test(contentType)) {
        await response.body?.cancel();
        throw new AppError(
          "URL_UNSUPPORTED_CONTENT",
          `The address sent ${contentType || "something without a content type"}, not a web page or text.`,
        );
      }
      const declaredLength = Number(response.headers.get("content-length") ?? 0);
      if (declaredLength > policy.maxBytes) {
        await response.body?.cancel();
        throw new AppError("URL_TOO_LARGE");
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      try {
        if (response.body) {
          for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
            total += chunk.byteLength;
            if (total > policy.maxBytes) throw new AppError("URL_TOO_LARGE");
            chunks.push(chunk);
          }
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw signal.aborted ? new AppError("URL_TIMEOUT") : new AppError("URL_FETCH_FAILED");
      }
      const bytes = Buffer.concat(chunks);
      let body: string;
      try {
        body = new TextDecoder(charsetOf(response.headers.get("content-type") ?? "", bytes)).decode(bytes);
      } catch {
        body = new TextDecoder("utf-8").decode(bytes);
      }
      return { finalUrl: url.toString(), contentType, body };
    } finally {
      void agent.close();
    }
  }
  throw new AppError("URL_TOO_MANY_REDIRECTS");
}
