import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { openDatabase, type DatabaseHandle } from "@/db";

export interface BenchDatabase {
  label: string;
  /** For the app server: the folder (PGlite) or the URL (Postgres). */
  server: { dataDir?: string; databaseUrl?: string };
  /** `logQuery` receives every statement the handle's Drizzle sends (for the raw-SQL timings). */
  open(logQuery?: (query: string, params: unknown[]) => void): Promise<DatabaseHandle>;
  cleanup(): void;
}

/**
 * Where a benchmark runs: a fresh PGlite folder by default, or the Postgres database named by
 * BENCH_DATABASE_URL (which should be empty or disposable: the bench adds a team and its data).
 */
export function benchDatabase(): BenchDatabase {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    return {
      label: `Postgres server (${new URL(url).pathname.slice(1)})`,
      server: { databaseUrl: url },
      open: async (logQuery) => {
        const handle = await openDatabase({ url, logQuery });
        await handle.migrate();
        return handle;
      },
      cleanup: () => undefined,
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "analyst-bench-db-"));
  return {
    label: "PGlite (embedded, on disk)",
    server: { dataDir },
    open: async (logQuery) => {
      const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite"), logQuery });
      await handle.migrate();
      return handle;
    },
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
