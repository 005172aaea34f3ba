/**
 * What the browser receives when a call fails: through the real fetch adapter and error formatter,
 * a status, a sentence naming the problem, machine-readable codes, and never a stack trace.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";

import { appRouter } from "@/server/api/root";
import type { TRPCContext } from "@/server/api/trpc";
import { createTeamWithMembers } from "@/server/testing/factories";
import { hubFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

interface ErrorBody {
  error: { json: { message: string; data: Record<string, unknown> } };
}

/** Call a procedure over HTTP as the browser would: POST for mutations, GET for queries. */
async function send(
  path: string,
  input: unknown,
  ctx: Partial<TRPCContext>,
  method: "GET" | "POST" = "POST",
) {
  const encoded = JSON.stringify({ json: input });
  const req =
    method === "GET"
      ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(encoded)}`)
      : new Request(`http://localhost/api/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: encoded,
        });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ({
      db: t.db,
      userId: null,
      sessionId: null,
      clientIp: null,
      events: hubFor(t.db),
      ...ctx,
    }),
    onError: () => undefined,
  });
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

describe("errors over HTTP", () => {
  it("answers bad input with 400, a message naming the field, field errors, and no stack", async () => {
    const { status, body } = await send(
      "auth.signUp",
      { name: "Sam", email: "nope", password: "northern lights 1987" },
      {},
    );
    expect(status).toBe(400);
    expect(body.error.json.message).toBe("Enter a valid email address, like name@example.com.");
    expect(body.error.json.data.fieldErrors).toEqual({
      email: ["Enter a valid email address, like name@example.com."],
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:\d|node_modules/);
  });

  it("answers signed-out calls with 401 and an app code", async () => {
    const { status, body } = await send("teams.create", { name: "Desk", slug: "desk-x" }, {});
    expect(status).toBe(401);
    expect(body.error.json.data.appCode).toBe("UNAUTHENTICATED");
    expect(body.error.json.message).toBe("Please sign in to continue.");
  });

  it("answers another team's address with 404", async () => {
    const mine = await createTeamWithMembers(t.db, ["owner"]);
    const theirs = await createTeamWithMembers(t.db, ["owner"]);
    const { status, body } = await send(
      "teams.update",
      { teamSlug: theirs.team.slug, name: "Mine now" },
      { userId: mine.members.owner.id },
    );
    expect(status).toBe(404);
    expect(body.error.json.data.appCode).toBe("TEAM_NOT_FOUND");
  });

  it("hides the cause of an internal error behind a plain sentence", async () => {
    const broken = {
      ...t.db,
      select: () => {
        throw new Error('relation "users" does not exist at /srv/app/x.ts:12');
      },
    };
    const { status, body } = await send(
      "account.get",
      undefined,
      { db: broken as unknown as TRPCContext["db"], userId: "00000000-0000-4000-8000-000000000000" },
      "GET",
    );
    expect(status).toBe(500);
    expect(body.error.json.message).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(JSON.stringify(body)).not.toMatch(/relation|x\.ts|stack/);
  });
});
