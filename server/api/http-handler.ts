/**
 * The tRPC endpoint over HTTP. server.ts answers it before Next.js sees the request: the API needs
 * nothing of Next's (no page, no React, no Next request context), and the shortest path costs about
 * a millisecond less per call than Next's route dispatch (issue 11's measurement). The route file
 * app/api/trpc serves the same handler in development (where Next reloads edited routers) and should
 * Next ever be asked directly.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";

import { createTRPCContext } from "./context";
import { MAX_BODY_BYTES, refuseForeignOrigin, refuseOversizedBody } from "./early-refusals";
import { appRouter } from "./root";
import type { TRPCContext } from "./trpc";

export const TRPC_ENDPOINT = "/api/trpc";

/** Responses smaller than this go uncompressed (as the `compression` middleware Next uses decides). */
const COMPRESS_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);

/** Whether a request's path is the tRPC endpoint's (`/api/trpc/<procedures>`, query string aside). */
export function isTrpcPath(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.split("?", 1)[0] ?? "";
  return path === TRPC_ENDPOINT || path.startsWith(`${TRPC_ENDPOINT}/`);
}

/** How a request's context is made: the process's database and session by default; tests pass theirs. */
export type ContextMaker = (headers: Headers) => Promise<TRPCContext>;

const processContext: ContextMaker = (headers) => createTRPCContext({ headers });

/** One tRPC request as the fetch API has it: the early refusals, then the router. */
export async function handleTrpcRequest(req: Request, makeContext = processContext): Promise<Response> {
  const refused = refuseForeignOrigin(req) ?? refuseOversizedBody(req);
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    createContext: () => makeContext(req.headers),
    onError({ error, path }) {
      // The browser only sees a generic sentence for these (see the error formatter); the log keeps the cause.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/**
 * Answer a tRPC request on Node's own request and response. A stream (a subscription's server-sent
 * events) is passed on chunk by chunk as it comes; any other answer is read whole and, when the
 * browser accepts it and it is over 1 KB, gzipped off the main thread (zlib's pool), as Next did.
 */
export async function serveTrpc(
  req: IncomingMessage,
  res: ServerResponse,
  makeContext = processContext,
): Promise<void> {
  let request: Request;
  try {
    // A body past the limit that declares no length (chunked) is cut off while it streams in.
    request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
  } catch {
    // No URL can be made of it (a Host header that is not a host): the client's fault, not ours.
    res
      .writeHead(400, { "content-type": "text/plain; charset=utf-8" })
      .end("Bad request: the Host header is not valid.");
    return;
  }
  const response = await handleTrpcRequest(request, makeContext);
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (!response.body) {
    res.end();
    return;
  }
  if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
    res.flushHeaders();
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), res).catch(
      (error: unknown) => {
        // The browser went away (a closed tab, a navigation): the stream ends with it.
        if (!res.destroyed) throw error;
      },
    );
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const vary = res.getHeader("vary");
  res.setHeader("vary", vary ? `${String(vary)}, Accept-Encoding` : "Accept-Encoding");
  if (body.length < COMPRESS_FROM_BYTES || !acceptsGzip(req)) {
    res.setHeader("content-length", body.length);
    res.end(body);
    return;
  }
  const compressed = await gzipAsync(body);
  res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", compressed.length);
  res.end(compressed);
}
