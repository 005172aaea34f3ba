import { openDatabase } from "@/db";

/**
 * Once per test run: on a Postgres server (TEST_DATABASE_URL), apply the real migrations before any
 * test file connects. On PGlite each test file migrates its own in-memory database instead.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const handle = await openDatabase({ url });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
}
