import { expect, test } from "../fixtures";
/**
 * The process itself: start-up on an empty embedded database (migrate, seed, serve), writes, a
 * graceful SIGTERM that closes PGlite, and a restart on the same folder that finds every write.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { type APIRequestContext } from "@playwright/test";

const PORT = 3190;
const base = `http://localhost:${PORT}`;

function startServer(dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SEED_DEMO: "auto",
      E2E_FIXTURES: "",
      AUTH_SECRET: "lifecycle-test-secret-0123456789abcdef",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitForHealth(request: APIRequestContext) {
  await expect
    .poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status() ?? 0, {
      timeout: 60_000,
    })
    .toBe(200);
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

test("starts on an empty folder, shuts down cleanly on SIGTERM, and keeps every write", async ({
  request,
}) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "analyst-lifecycle-"));
  const email = `lifecycle-${Date.now()}@test.example`;

  const first = startServer(dataDir);
  await waitForHealth(request);
  expect(first.output()).toContain("migrations applied");
  expect(first.output()).toContain(
    "demo data: 4 users, 2 teams, 5 articles, 15 claims, 1 assessment created",
  );
  const health = (await (await request.get(`${base}/api/health`)).json()) as { database: { driver: string } };
  expect(health.database.driver).toBe("pglite");

  const signUp = await request.post(`${base}/api/trpc/auth.signUp`, {
    data: { json: { name: "Persisted Person", email, password: "northern lights 1987" } },
  });
  expect(signUp.status()).toBe(200);

  const firstExit = exitOf(first.child);
  first.child.kill("SIGTERM");
  expect(await firstExit).toBe(0);
  expect(first.output()).toContain("database closed");

  const second = startServer(dataDir);
  await waitForHealth(request);
  expect(second.output()).not.toContain("demo data");
  const again = await request.post(`${base}/api/trpc/auth.signUp`, {
    data: { json: { name: "Persisted Person", email, password: "northern lights 1987" } },
  });
  expect(again.status()).toBe(409);

  const secondExit = exitOf(second.child);
  second.child.kill("SIGINT");
  expect(await secondExit).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
