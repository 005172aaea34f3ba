/**
 * Collaboration servers and clients on real sockets, for the collaboration tests: each server is the
 * real `createCollabServer` behind a loopback HTTP server (as server.ts mounts it), on a real
 * database; each client is a Yjs document synced by the real Hocuspocus provider with a session
 * cookie, as a browser tab is.
 */
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";

import type { Database, DatabaseHandle } from "@/db";
import { assessments } from "@/db/schema";
import { parseCollabNotice, type CollabNotice } from "@/lib/assessments/collab-notices";
import {
  assessmentDocumentName,
  createCollabServer,
  type CollabOptions,
} from "@/server/collab/collab-server";
import type { TeamEventHub } from "@/server/realtime/hub";
import { startSession } from "@/server/services/auth/session-rows";

/** The AUTH_SECRET the collaboration tests sign their cookies with. */
export const COLLAB_TEST_SECRET = "collab-test-secret-0123456789abcdef";

/** For a test file: sign sessions with {@link COLLAB_TEST_SECRET} while its tests run. */
export function withCollabTestSecret(): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = COLLAB_TEST_SECRET;
  });
  afterAll(() => {
    process.env.AUTH_SECRET = previous;
  });
}

/** A signed-in session for `userId` and its cookie, exactly as next-auth writes it on plain http. */
export async function cookieFor(db: Database, userId: string, secret = COLLAB_TEST_SECRET): Promise<string> {
  const { sessionId } = await startSession(db, { userId, userAgent: "collab test", ipAddress: null });
  return sessionCookie({ sub: userId, sid: sessionId }, secret);
}

/** The session cookie next-auth would set for this token (a signed-in browser's, or a forged one). */
export async function sessionCookie(
  token: { sub: string; sid?: string },
  secret = COLLAB_TEST_SECRET,
  { secure = false }: { secure?: boolean } = {},
) {
  // Over https next-auth names it with the __Secure- prefix (and uses the name as the salt).
  const salt = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
  return `${salt}=${await encode({ token, secret, salt })}`;
}

export interface RunningCollab {
  port: number;
  collab: ReturnType<typeof createCollabServer>;
  stop(): Promise<void>;
}

/** The collaboration server on loopback (`port` 0: any free one), as server.ts mounts it. */
export async function startCollab(
  handle: Pick<DatabaseHandle, "db" | "listen">,
  events: TeamEventHub | undefined,
  port = 0,
  options: CollabOptions = {},
): Promise<RunningCollab> {
  await events?.start();
  const collab = createCollabServer(handle.db, {
    debounceMs: 50,
    maxDebounceMs: 200,
    events,
    listen: (channel, onPayload, onReconnect) => handle.listen(channel, onPayload, onReconnect),
    ...options,
  });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const sockets = new Set<Duplex>();
  server.on("upgrade", (req, socket, head) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    collab.handleUpgrade(req, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new Error(`collab test server could not listen on ${port}: ${error.message}`)),
    );
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    collab,
    async stop() {
      await collab.close();
      // Upgraded sockets are no longer the HTTP server's: end them as a restart would.
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  failures: string[];
  stateless: string[];
  /** The notices the server sent this client (access, refused, too-large). */
  notices: CollabNotice[];
  type(token: string): void;
  text(): string;
  destroy(): void;
}

/** A browser-like client: a Yjs document synced over the socket, with the person's cookie. */
export function connect(port: number, assessmentId: string, cookie: string | null): Client {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
      // A browser's WebSocket reports a socket closed while still connecting as an event; Node's `ws`
      // emits an error, which the provider (having removed its listeners first) leaves unhandled and
      // which would crash the test run. Heard here, as a browser would swallow it.
      this.on("error", () => undefined);
    }
  }
  const doc = new Y.Doc();
  const failures: string[] = [];
  const stateless: string[] = [];
  const notices: CollabNotice[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/collab`,
    WebSocketPolyfill: CookieSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    factor: 1.2,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: assessmentDocumentName(assessmentId),
    document: doc,
    token: "session",
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onStateless: ({ payload }) => {
      stateless.push(payload);
      const notice = parseCollabNotice(payload);
      if (notice) notices.push(notice);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    failures,
    stateless,
    notices,
    type: (token) => {
      const text = firstParagraphText(doc);
      text.insert(text.length, token);
    },
    text: () => String(firstParagraphText(doc).toString()),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The text of a document's first paragraph that has text (where the clients type). */
export function firstParagraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment("default");
  for (const node of fragment.toArray())
    if (node instanceof Y.XmlElement && node.nodeName === "paragraph") {
      const first = node.firstChild;
      if (first instanceof Y.XmlText) return first;
    }
  throw new Error("no paragraph with text");
}

export async function waitFor(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or an error naming `what` after `ms`: a step that hangs says which it was. */
export async function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The plain text the database holds for an assessment (derived at each store). */
export async function storedText(db: Database, assessmentId: string): Promise<string> {
  const [row] = await db
    .select({ text: assessments.contentText })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  return row?.text ?? "";
}

/** The text of the first paragraph of the stored Yjs state (the truth, not the derived text). */
export async function storedParagraph(db: Database, assessmentId: string): Promise<string> {
  const [row] = await db
    .select({ ydoc: assessments.ydoc })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  const doc = new Y.Doc();
  if (row?.ydoc) Y.applyUpdate(doc, row.ydoc);
  try {
    return String(firstParagraphText(doc).toString());
  } finally {
    doc.destroy();
  }
}

/** How many times `token` occurs in `text`. */
export function occurrences(text: string, token: string): number {
  let count = 0;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) count++;
  return count;
}

/** True when something accepts a TCP connection at the URL's host and port (Redis, for the tests). */
export async function answersAt(url: string, defaultPort = 6379): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A load balancer in miniature: every new connection goes to the current target port. */
export async function balancer(target: { port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: "127.0.0.1", port: target.port });
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once("close", end).once("error", end);
    upstream.once("close", end).once("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The real Redis the collaboration tests use (.ci/run starts one on 127.0.0.1:6379). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Whether the test Redis answers. Without it the Redis tests are skipped on a person's machine, but
 * never in CI: there its absence fails the run instead of passing it quietly.
 */
export async function testRedisAnswers(): Promise<boolean> {
  const isUp = await answersAt(TEST_REDIS_URL);
  if (!isUp && process.env.CI)
    throw new Error(`CI needs Redis at ${TEST_REDIS_URL} for the collaboration tests (.ci/run starts it)`);
  return isUp;
}
