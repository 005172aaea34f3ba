/**
 * Start-up: the server on a fresh embedded database (migrations + demo seed + Next), then a warm
 * restart on the same folder; time to healthy, time to the first page, and resident memory 5 s and
 * 35 s after a signed-in page view (V8 gives memory back after ~30 s idle: the second is "at rest").
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { ms, percentile, root, signInCookie, sleep } from "./shared";

const PORT = 3290;
const base = `http://127.0.0.1:${PORT}`;

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function until(url: string, started: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status === 200) {
        await response.arrayBuffer();
        return performance.now() - started;
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
}

async function measure(dataDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    },
    stdio: "ignore",
  });
  const healthy = await until(`${base}/api/health`, started);
  const firstPage = await until(`${base}/sign-in`, started);
  const cookie = await signInCookie(base, "owner@demo.example", "istanbul-desk-demo");
  await (await fetch(`${base}/t/istanbul-desk/team`, { headers: { cookie } })).arrayBuffer();
  await sleep(5000);
  const rssSoon = rssMiB(child.pid ?? 0);
  await sleep(30_000);
  const rss = rssMiB(child.pid ?? 0);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { healthy, firstPage, rssSoon, rss };
}

export async function benchStartup(runs = Number(process.env.RUNS ?? 3)): Promise<string> {
  type Sample = Awaited<ReturnType<typeof measure>>;
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "analyst-bench-"));
    cold.push(await measure(dataDir));
    warm.push(await measure(dataDir));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const row = (label: string, samples: typeof cold) =>
    `| ${label} | ${ms(
      percentile(
        samples.map((s) => s.healthy),
        50,
      ),
    )} | ${ms(
      percentile(
        samples.map((s) => s.firstPage),
        50,
      ),
    )} | ${percentile(
      samples.map((s) => s.rssSoon),
      50,
    ).toFixed(0)} MiB | ${percentile(
      samples.map((s) => s.rss),
      50,
    ).toFixed(0)} MiB |`;
  return [
    `### Start-up (median of ${runs} runs)`,
    "",
    "| start | healthy | first page | RSS 5 s after | RSS at rest (35 s) |",
    "|---|---|---|---|---|",
    row("empty embedded database (migrate + demo seed)", cold),
    row("restart on the same folder", warm),
  ].join("\n");
}
