import fs from "node:fs";

import { afterAll, beforeAll, inject } from "vitest";

import { openDatabase, type Database, type DatabaseHandle } from "@/db";
import { createCaller } from "@/server/api/root";
import { TeamEventHub } from "@/server/realtime/hub";

/**
 * The database a test file uses: a fresh in-process PGlite with the real migrations by default, or
 * the Postgres server named by TEST_DATABASE_URL (migrated once by the global setup). Tests build
 * their own teams with the factories, so files never depend on each other's rows.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return openDatabase({ url, logQuery: countStatement });
  // The global setup's migrated copy; migrating again finds nothing to do (and proves it matches).
  const template = inject("pgliteTemplate");
  const handle = await openDatabase({
    dataDir: "memory://",
    logQuery: countStatement,
    ...(template && fs.existsSync(template) ? { template: new Blob([fs.readFileSync(template)]) } : {}),
  });
  await handle.migrate();
  return handle;
}

/** Statements sent while {@link statementsOf} runs (null when nobody is counting). */
let counting: string[] | null = null;

function countStatement(query: string) {
  counting?.push(query);
}

/**
 * The statements that `run` sends through a test database's Drizzle, for asserting query counts (no
 * N+1 on a hot path). One count at a time: a test file's tests run one after another.
 */
export async function statementsOf<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  if (counting) throw new Error("statementsOf: already counting");
  const statements: string[] = [];
  counting = statements;
  try {
    return { result: await run(), statements };
  } finally {
    counting = null;
  }
}

export interface TestDatabase {
  db: Database;
  driver: DatabaseHandle["driver"];
  handle: DatabaseHandle;
}

/** Each test database's event hub, so callers' subscriptions hear that database's NOTIFYs. */
const hubs = new WeakMap<Database, TeamEventHub>();

/** The event hub of a test database (created on first use). */
export function hubFor(db: Database): TeamEventHub {
  const hub = hubs.get(db);
  if (!hub) throw new Error("hubFor: not a database opened by setupTestDatabase");
  return hub;
}

/** Register hooks that open the test database before the file's tests and close it after. */
export function setupTestDatabase(): TestDatabase {
  let handle: DatabaseHandle | undefined;
  const holder = {} as TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
    holder.db = handle.db;
    holder.driver = handle.driver;
    holder.handle = handle;
    hubs.set(handle.db, new TeamEventHub(handle));
  });
  afterAll(async () => {
    if (handle) await hubs.get(handle.db)?.close();
    await handle?.close();
  });
  return holder;
}

/**
 * A tRPC caller acting as `userId` (null: signed out), as the HTTP route would build it. `signal`
 * ends its subscriptions, as a closed browser tab does.
 */
export function callerFor(
  db: Database,
  userId: string | null,
  clientIp: string | null = null,
  options: { signal?: AbortSignal; sessionId?: string } = {},
) {
  return createCaller(
    { db, userId, sessionId: options.sessionId ?? null, clientIp, events: hubFor(db) },
    { signal: options.signal },
  );
}
