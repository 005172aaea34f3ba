import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { openDatabase } from "@/db";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dump of a migrated PGlite database that each test file starts from (empty on Postgres). */
    pgliteTemplate: string;
  }
}

/**
 * Once per test run, the real migrations: on a Postgres server (TEST_DATABASE_URL) applied before any
 * test file connects; on PGlite applied to one in-memory database, whose dump every test file then
 * loads as its own fresh copy (creating a PGlite database costs seconds; loading one, half a second).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    project.provide("pgliteTemplate", "");
    const handle = await openDatabase({ url });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
    return undefined;
  }
  const handle = await openDatabase({ dataDir: "memory://" });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "analyst-test-db-")), "migrated.tar");
  try {
    await handle.migrate();
    const dump = await handle.dump?.();
    if (!dump) throw new Error("PGlite gave no dump of the migrated database.");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
