/**
 * Malformed requests, through tRPC's real HTTP handler (the one app/api/trpc uses) on a real
 * database: broken superjson metadata, absurd nesting, a wrong content type, broken JSON. Each gets a
 * 4xx with a plain sentence; none reaches a procedure, none answers with an internal message.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";

import { appRouter } from "@/server/api/root";
import { hubFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

async function send(path: string, init: RequestInit & { query?: string } = {}) {
  const url = `http://app.test/api/trpc/${path}${init.query ? `?${init.query}` : ""}`;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(url, init),
    router: appRouter,
    createContext: () => ({ db: t.db, events: hubFor(t.db), userId: null, sessionId: null, clientIp: null }),
  });
  const text = await response.text();
  return { status: response.status, text, message: messageOf(text) };
}

function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { json?: { message?: string } } };
    return body.error?.json?.message ?? "";
  } catch {
    return text;
  }
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** JSON text of a value nested `depth` arrays deep (written as text: JSON.stringify would overflow). */
function nested(depth: number): string {
  return `${"[".repeat(depth)}"x"${"]".repeat(depth)}`;
}

const raw = (body: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body,
});

describe("malformed requests", () => {
  it.each([
    [
      "superjson metadata of the wrong shape",
      { json: { name: "a" }, meta: { values: { name: [["x", "y"]] } } },
    ],
    [
      "superjson metadata naming an unknown type",
      { json: { name: "a" }, meta: { values: { name: ["custom", "zzz"] } } },
    ],
  ])("%s: a 400 with a plain message", async (_what, body) => {
    const response = await send("auth.signUp", json(body));
    expect(response.status).toBe(400);
    expect(response.message).toMatch(/^The request could not be read/);
    expect(response.text).not.toMatch(/stack|Maximum call stack|at \w+ \(/i);
  });

  it.each([
    ["metadata nested 10,000 deep", `{"json":{"name":"a"},"meta":{"values":${nested(10_000)}}}`],
    ["input nested 10,000 deep", `{"json":${nested(10_000)}}`],
  ])("%s: a 400 with a plain message", async (_what, body) => {
    const response = await send("auth.signUp", raw(body));
    expect(response.status).toBe(400);
    expect(response.message).toMatch(/^The request could not be read/);
    expect(response.text).not.toMatch(/stack|Maximum call stack|at \w+ \(/i);
  });

  it("refuses a wrong content type with a plain message", async () => {
    const response = await send("auth.signUp", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ json: { name: "a" } }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toMatch(/stack|at \w+ \(/i);
  });

  it("refuses broken JSON with a plain message", async () => {
    const response = await send("auth.signUp", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"json": {"name": ',
    });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/stack|at \w+ \(/i);
  });

  it("still reads a well-formed request", async () => {
    const response = await send("auth.signUp", json({ json: { name: "", email: "x", password: "y" } }));
    // Reached the procedure: its own validation answers.
    expect(response.status).toBe(400);
    expect(response.message).toMatch(/Name is required|email/i);
  });
});
