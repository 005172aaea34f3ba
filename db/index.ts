import fs from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";

import * as schema from "./schema";

/** The Drizzle database every service receives: a Postgres server or PGlite, one type for both. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseDriver = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** Where the data lives: the PGlite folder, or the server's host and database name. */
  location: string;
  migrate(): Promise<void>;
  /**
   * LISTEN on a channel: `onPayload` receives every NOTIFY payload sent on it after commit, from this
   * process or any other on the same database. Resolves to a function that stops listening. When the
   * connection drops (a server restart) it comes back by itself; `onReconnect` is then called, since
   * notifications sent while it was away are lost and listeners must catch up another way.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, for {@link OpenDatabaseOptions.template}. */
  dump?(): Promise<Blob>;
  /**
   * One statement as text with its parameters, straight to the driver, rows discarded: the bench
   * times the SQL a service sent ({@link OpenDatabaseOptions.logQuery}) without the service.
   */
  runStatement(text: string, params: unknown[]): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A `postgres://` URL. Without it the embedded PGlite database is used. */
  url?: string;
  /** PGlite folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /**
   * In memory only: start from this dump of a database (PGlite's `dumpDataDir`) instead of an empty
   * one. Tests start from one migrated copy: creating a PGlite database costs seconds, loading one
   * half a second.
   */
  template?: Blob;
  /** Called with every statement Drizzle sends and its parameters (benches record them). */
  logQuery?: (query: string, params: unknown[]) => void;
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** Any fixed number: it only has to be the same in every app instance. */
const MIGRATION_LOCK_ID = 72_410_531;

/** Open a database handle. Most code wants {@link getDatabase}, the process-wide one. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const logger = options.logQuery ? { logQuery: options.logQuery } : false;
  if (options.url) return openPostgres(options.url, logger);
  return openPglite(options.dataDir ?? defaultDataDir(), logger, options.template);
}

function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data", "pglite");
}

type Logger = { logQuery: (query: string, params: unknown[]) => void } | false;

async function openPglite(dataDir: string, logger: Logger, template?: Blob): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  // Extensions must be handed to PGlite when it is constructed; CREATE EXTENSION then finds them.
  // One options object: with an undefined first argument PGlite ignores the second one.
  const client = new PGlite({
    ...(inMemory ? (template ? { loadDataDir: template } : {}) : { dataDir }),
    extensions: { pg_trgm, unaccent },
    // PGlite's default 128 MB of shared buffers costs ~100 MiB of resident memory; 32 MB is plenty for
    // one team's workspace, and the operating system still caches the data files.
    startParams: [
      ...PGlite.defaultStartParams,
      "-c",
      `shared_buffers=${process.env.PGLITE_SHARED_BUFFERS ?? "32MB"}`,
    ],
  });
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: "snake_case", logger });
  return {
    db,
    driver: "pglite",
    location: inMemory ? "memory" : dataDir,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    // PGlite delivers NOTIFY in-process, after commit, like a server does.
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => client.close(),
    dump: () => client.dumpDataDir("none"),
    runStatement: async (text, params) => {
      await client.query(text, params);
    },
  };
}

function openPostgres(url: string, logger: Logger): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = drizzleNodePg({ client: pool, schema, casing: "snake_case", logger });
  const parsed = new URL(url);
  const listeners = new Set<() => Promise<void>>();
  return {
    db,
    driver: "postgres",
    location: `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`,
    async migrate() {
      // Several instances may start at once: a session-level advisory lock lets one migrate at a time.
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
        await migrateNodePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
        lock.release();
      }
    },
    async listen(channel, onPayload, onReconnect) {
      const stop = await listenOnServer(url, channel, onPayload, onReconnect);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async runStatement(text, params) {
      await pool.query(text, params);
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      listeners.clear();
      await pool.end();
    },
  };
}

/**
 * LISTEN needs a connection of its own that stays open (a pooled one would be handed to queries).
 * When it drops (server restart, network, a terminated backend), it reconnects with a growing delay
 * and calls `onReconnect`: notifications sent while it was away are lost, so listeners catch up
 * (the live views refetch, the collaboration server re-reads its open documents).
 */
async function listenOnServer(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let isStopped = false;
  let isReconnecting = false;
  let delay = 250;
  const quoted = `"${channel.replace(/"/g, '""')}"`;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // A dropped connection may say so with an error, with an end, or both: act once.
    let isLost = false;
    const lost = (why: string) => {
      if (isLost) return;
      isLost = true;
      if (!isStopped) console.error(`[db] listener on ${channel} lost its connection: ${why}`);
      client = null;
      void next.end().catch(() => undefined);
      scheduleReconnect();
    };
    // Until it is connected a failure rejects the attempt; after that, these handlers take over.
    next.on("error", (error) => {
      if (client === next) lost(error.message);
    });
    next.on("end", () => {
      if (client === next) lost("connection ended");
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${quoted}`);
    } catch (error) {
      void next.end().catch(() => undefined);
      throw error;
    }
    if (isStopped) {
      await next.end();
      return;
    }
    client = next;
    delay = 250;
  };
  const scheduleReconnect = () => {
    if (isStopped || isReconnecting) return;
    isReconnecting = true;
    const wait = delay;
    delay = Math.min(delay * 2, 5_000);
    setTimeout(() => {
      connect().then(
        () => {
          isReconnecting = false;
          if (isStopped) return;
          console.log(`[db] listener on ${channel} is back`);
          onReconnect?.();
        },
        (error: unknown) => {
          isReconnecting = false;
          console.error(`[db] listener on ${channel} could not reconnect:`, (error as Error).message);
          scheduleReconnect();
        },
      );
    }, wait).unref();
  };
  await connect();
  return async () => {
    isStopped = true;
    const current = client;
    client = null;
    await current?.end().catch(() => undefined);
  };
}

/*
 * Next bundles route modules separately from server.ts, so this file can be evaluated twice in one
 * process. The handle lives on globalThis under a registry symbol so both copies share it: two PGlite
 * instances on one folder would each lose the other's writes.
 */
const HANDLE_KEY = Symbol.for("analyst-workspace.database");

type GlobalWithHandle = typeof globalThis & { [HANDLE_KEY]?: Promise<DatabaseHandle> };

/** The process-wide database, chosen by `DATABASE_URL` (set: Postgres server; unset: PGlite). */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const store = globalThis as GlobalWithHandle;
  store[HANDLE_KEY] ??= openDatabase({ url: process.env.DATABASE_URL || undefined });
  return store[HANDLE_KEY];
}

/** Shorthand for `(await getDatabaseHandle()).db`. */
export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

/** Close the process-wide database, if it was opened. Safe to call twice. */
export async function closeDatabase(): Promise<void> {
  const store = globalThis as GlobalWithHandle;
  const pending = store[HANDLE_KEY];
  if (!pending) return;
  delete store[HANDLE_KEY];
  const handle = await pending;
  await handle.close();
}

/**
 * Rows of a raw SQL query. The two drivers both answer `{ rows }`; this is the one place that says so.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** True when the database answers a trivial query. */
export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

export { schema };
