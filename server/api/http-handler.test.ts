/**
 * The tRPC endpoint as server.ts serves it, on Node's own request and response (no Next): a real
 * HTTP server on loopback and a real database. What Next's route did must still hold: the answer's
 * status and body, gzip for a large answer the browser accepts it for, the early refusals, a body
 * over the limit cut off, a subscription's events passed on as they come.
 */
import { createServer, get, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { contextFor } from "@/server/api/context";
import { startSession } from "@/server/services/auth/session-rows";
import { sessionCookie, withCollabTestSecret } from "@/server/testing/collab-harness";
import { actorOf, createArticleFixture, createTeamWithMembers } from "@/server/testing/factories";
import { hubFor, setupTestDatabase, statementsOf } from "@/server/testing/test-database";

import { isTrpcPath, serveTrpc } from "./http-handler";
import { MAX_BODY_BYTES } from "./early-refusals";

const t = setupTestDatabase();
withCollabTestSecret();

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!isTrpcPath(req.url)) {
      res.writeHead(404).end("not the API");
      return;
    }
    void serveTrpc(req, res, (headers) => contextFor(t.handle, hubFor(t.db), headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A team with an editor signed in (their cookie) and `count` articles. */
async function signedInTeam(count: number) {
  const team = await createTeamWithMembers(t.db, ["editor"]);
  const actor = actorOf(team, "editor");
  const articleIds: string[] = [];
  for (let i = 0; i < count; i++) articleIds.push((await createArticleFixture(t.db, actor)).id);
  const session = await startSession(t.db, {
    userId: actor.userId,
    userAgent: "test",
    ipAddress: "127.0.0.1",
  });
  const cookie = await sessionCookie({ sub: actor.userId, sid: session.sessionId });
  return { slug: team.team.slug, cookie, articleIds };
}

/** A GET's raw bytes as they came over the wire (fetch would unzip them by itself). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on("error", reject);
  });
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

describe("the tRPC endpoint on Node's request", () => {
  it("matches its own path only", () => {
    expect(isTrpcPath("/api/trpc/articles.list?input=%7B%7D")).toBe(true);
    expect(isTrpcPath("/api/trpc")).toBe(true);
    expect(isTrpcPath("/api/trpcx/articles.list")).toBe(false);
    expect(isTrpcPath("/t/team/api/trpc/articles.list")).toBe(false);
    expect(isTrpcPath("/api/auth/session")).toBe(false);
  });

  it("gzips a large answer for a browser that accepts it, and sends the same answer plain otherwise", async () => {
    const team = await signedInTeam(6);
    const url = `${base}/api/trpc/articles.list?input=${input({ teamSlug: team.slug })}`;
    const zipped = await rawGet(url, { cookie: team.cookie, "accept-encoding": "gzip, deflate, br" });
    expect(zipped.status).toBe(200);
    const plain = await rawGet(url, { cookie: team.cookie });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    const body = JSON.parse(plain.body.toString("utf8")) as {
      result: { data: { json: { items: unknown[] } } };
    };
    expect(body.result.data.json.items).toHaveLength(6);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(plain.body.toString("utf8"));
  });

  it("sends a small answer as it is, and a signed-out call its 401 in tRPC's shape", async () => {
    const team = await signedInTeam(0);
    const count = await fetch(
      `${base}/api/trpc/notifications.unreadCount?input=${input({ teamSlug: team.slug })}`,
      {
        headers: { cookie: team.cookie, "accept-encoding": "gzip" },
      },
    );
    expect(count.status).toBe(200);
    expect(count.headers.get("content-encoding")).toBeNull();
    expect(await count.json()).toEqual({ result: { data: { json: 0 } } });

    const signedOut = await fetch(`${base}/api/trpc/teams.list`);
    expect(signedOut.status).toBe(401);
    const error = (await signedOut.json()) as { error: { json: { data: { code: string } } } };
    expect(error.error.json.data.code).toBe("UNAUTHORIZED");
  });

  it("checks the membership once for a batch of calls on one team, and in every batch", async () => {
    const team = await signedInTeam(1);
    const call = { json: { teamSlug: team.slug, articleId: team.articleIds[0] } };
    const batch = encodeURIComponent(JSON.stringify({ 0: call, 1: call }));
    const url = `${base}/api/trpc/articles.get,claims.listByArticle?batch=1&input=${batch}`;
    for (let round = 0; round < 2; round++) {
      const { result, statements } = await statementsOf(() =>
        fetch(url, { headers: { cookie: team.cookie } }),
      );
      expect(result.status).toBe(200);
      expect(statements.filter((text) => text.includes('inner join "memberships"'))).toHaveLength(1);
    }
  });

  it("keeps the memo per team: in one batch, another team's call is still NOT_FOUND", async () => {
    const mine = await signedInTeam(1);
    const theirs = await signedInTeam(1);
    const batch = encodeURIComponent(
      JSON.stringify({ 0: { json: { teamSlug: mine.slug } }, 1: { json: { teamSlug: theirs.slug } } }),
    );
    const { result, statements } = await statementsOf(async () => {
      const response = await fetch(`${base}/api/trpc/articles.list,articles.list?batch=1&input=${batch}`, {
        headers: { cookie: mine.cookie },
      });
      return (await response.json()) as [
        { result?: { data: { json: { items: unknown[] } } } },
        { error?: { json: { data: { code: string } } } },
      ];
    });
    expect(result[0].result?.data.json.items).toHaveLength(1);
    expect(result[1].error?.json.data.code).toBe("NOT_FOUND");
    expect(statements.filter((text) => text.includes('inner join "memberships"'))).toHaveLength(2);
  });

  it("answers a request whose Host header is not a host with a 400, not a server fault", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      get(
        { host: "127.0.0.1", port, path: "/api/trpc/teams.list", headers: { host: "exa mple:bad" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      ).on("error", reject);
    });
    expect(status).toBe(400);
  });

  it("refuses a write from another site's page before it reaches the procedure", async () => {
    const team = await signedInTeam(1);
    const response = await fetch(`${base}/api/trpc/articles.delete`, {
      method: "POST",
      headers: { cookie: team.cookie, "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ json: { teamSlug: team.slug, articleId: team.articleIds[0] } }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("FORBIDDEN");
  });

  it("cuts off a body past the limit that declares no length", async () => {
    const team = await signedInTeam(0);
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES + chunk.length) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await fetch(`${base}/api/trpc/articles.importText`, {
      method: "POST",
      headers: { cookie: team.cookie, "content-type": "application/json", origin: base },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("passes a subscription's events on as they come, unzipped, while the stream stays open", async () => {
    const team = await signedInTeam(0);
    const abort = new AbortController();
    const response = await fetch(
      `${base}/api/trpc/events.subscribe?input=${input({ teamSlug: team.slug })}`,
      {
        headers: { cookie: team.cookie, "accept-encoding": "gzip" },
        signal: abort.signal,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-encoding")).toBeNull();
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    // tRPC opens the stream with its "connected" event: here while the stream is still open.
    expect(new TextDecoder().decode(first?.value)).toMatch(/event: connected/);
    abort.abort();
    await reader?.cancel().catch(() => undefined);
  });
});
