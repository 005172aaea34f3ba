/**
 * The authorization matrix: every procedure of the app router, with what it takes to call it and the
 * four ways a call must be refused — signed out (UNAUTHORIZED), wrong role (FORBIDDEN), another
 * team's data (NOT_FOUND), bad input (BAD_REQUEST) — plus one allowed call, so a procedure that
 * refuses everything cannot pass. A procedure added without an entry fails the first test.
 */
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TeamRole } from "@/lib/roles";
import { appRouter } from "@/server/api/root";
import type { FactoryUser } from "@/server/testing/factories";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

import { ASSESSMENT_ENTRIES, ASSESSMENT_REVIEW_ENTRIES } from "./matrix/entries-assessments";
import { CLAIM_ENTRIES } from "./matrix/entries-claims";
import { CORE_ENTRIES } from "./matrix/entries-core";
import { DISCUSSION_ENTRIES } from "./matrix/entries-discussion";
import { LIBRARY_ENTRIES } from "./matrix/entries-library";
import type { Entry, World } from "./matrix/types";
import { buildWorld as build, startPageServer } from "./matrix/world";

const t = setupTestDatabase();

const MATRIX: Record<string, Entry> = {
  ...CORE_ENTRIES,
  ...LIBRARY_ENTRIES,
  ...CLAIM_ENTRIES,
  ...DISCUSSION_ENTRIES,
  ...ASSESSMENT_ENTRIES,
  ...ASSESSMENT_REVIEW_ENTRIES,
};

let pageServer: Awaited<ReturnType<typeof startPageServer>>;
beforeAll(async () => {
  pageServer = await startPageServer();
});
afterAll(async () => {
  await pageServer.stop();
});

const buildWorld = (db: typeof t.db) => build(db, pageServer.url);

const ROLES_BELOW: Record<TeamRole, TeamRole[]> = {
  viewer: [],
  editor: ["viewer"],
  owner: ["editor", "viewer"],
};

/** Call a procedure by its dotted path as `user` (null: signed out). */
function call(path: string, user: FactoryUser | null, input: unknown): Promise<unknown> {
  let target: unknown = callerFor(t.db, user?.id ?? null);
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    const result = await promise;
    // A subscription answers with an async iterator once its middlewares pass: close it unread.
    if (result && typeof result === "object" && Symbol.asyncIterator in result)
      await (result as unknown as AsyncIterator<unknown>).return?.();
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

function allowedCaller(entry: Entry, world: World): FactoryUser {
  if (entry.caller) return entry.caller(world);
  if (typeof entry.access === "object") return world.a.members[entry.access.team];
  return world.outsider;
}

const procedures = Object.keys(appRouter._def.procedures).sort();

const NO_TEXT = Symbol("no text");

/** The input with a NUL inside every string in it; NO_TEXT when it has no string at all. */
function withNul(input: unknown): unknown {
  let strings = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") {
      strings++;
      return `${value.slice(0, 1)}\u0000${value.slice(1)}`;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]));
    return value;
  };
  const result = walk(input);
  return strings > 0 ? result : NO_TEXT;
}

describe("authorization matrix", () => {
  it("has an entry for every procedure, and no entry for a procedure that does not exist", () => {
    expect(
      procedures.filter((path) => !(path in MATRIX)),
      "procedures without a matrix entry",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((path) => !procedures.includes(path)),
      "entries without a procedure",
    ).toEqual([]);
  });

  describe.each(procedures.map((path) => [path] as const))("%s", (path) => {
    const entry = MATRIX[path];
    if (!entry) return;
    // One world per procedure: the refusals run first and write nothing (a refused call is rolled
    // back or never reaches the service), and the allowed call, which may change the world, runs last.
    let world: World;
    beforeAll(async () => {
      world = await buildWorld(t.db);
    });

    if (entry.access !== "public") {
      it("refuses a signed-out caller with UNAUTHORIZED", async () => {
        expect(await codeOf(call(path, null, entry.input(world)))).toBe("UNAUTHORIZED");
      });
    }

    const access = entry.access;
    if (typeof access === "object") {
      for (const role of ROLES_BELOW[access.team]) {
        it(`refuses a ${role} with FORBIDDEN`, async () => {
          expect(await codeOf(call(path, world.a.members[role], entry.input(world)))).toBe("FORBIDDEN");
        });
      }
      it("refuses a signed-in person outside the team with NOT_FOUND", async () => {
        expect(await codeOf(call(path, world.outsider, entry.input(world)))).toBe("NOT_FOUND");
      });
    }

    const otherTeam = entry.otherTeam;
    if (Array.isArray(otherTeam)) {
      otherTeam.forEach((input, index) => {
        it(`hides another team's data with NOT_FOUND (${index + 1})`, async () => {
          expect(await codeOf(call(path, allowedCaller(entry, world), input(world)))).toBe("NOT_FOUND");
        });
      });
    }

    const badInput = entry.badInput;
    if (typeof badInput === "function") {
      it("refuses bad input with BAD_REQUEST", async () => {
        expect(await codeOf(call(path, allowedCaller(entry, world), badInput(world)))).toBe("BAD_REQUEST");
      });
    }

    // Text with a NUL (and so any control character) anywhere in the input is refused, naming the
    // field, before anything reaches the database: every string of the allowed input gets one.
    it("refuses a control character in any text with BAD_REQUEST, naming the field", async () => {
      const input = withNul(entry.input(world));
      if (input === NO_TEXT) return;
      const outcome = await call(path, allowedCaller(entry, world), input).then(
        () => null,
        (error: unknown) => error,
      );
      expect(outcome).toBeInstanceOf(TRPCError);
      expect((outcome as TRPCError).code).toBe("BAD_REQUEST");
      expect((outcome as TRPCError).message).toMatch(/^\S.* contains a control character \(U\+0000\)/);
    });

    it("allows the right caller", async () => {
      expect(await codeOf(call(path, allowedCaller(entry, world), entry.input(world)))).toBe("OK");
    });
  });
});
