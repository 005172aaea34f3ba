import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The p-th percentile (0–100) of a sample, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** Words of the demo corpus, with their natural frequencies, to generate realistic text from. */
export function corpusWords(): string[] {
  const dir = path.join(root, "scripts/seed/articles");
  return fs
    .readdirSync(dir)
    .flatMap((file) => fs.readFileSync(path.join(dir, file), "utf8").match(/[A-Za-z][A-Za-z'-]+/g) ?? [])
    .filter((word) => word.length > 1);
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
}

export interface RunningServer {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** The production server on `port`, on the embedded database in `dataDir` or on `databaseUrl`. */
export async function startServer(
  port: number,
  options: { dataDir?: string; databaseUrl?: string },
): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: options.dataDir ?? path.join(root, ".data-bench"),
      DATABASE_URL: options.databaseUrl ?? "",
      SEED_DEMO: "false",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error("server did not start");
    await sleep(50);
  }
  return {
    child,
    base,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A session cookie for `email`, through next-auth's credentials endpoint, as a browser gets one. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!session.includes("session-token")) throw new Error("bench sign-in failed");
  return `${cookie}; ${session}`;
}

/** Walk `pages` pages of a keyset-paged list and return the cursor of the next one. */
export async function cursorFor(
  run: (cursor: string | undefined) => Promise<{ nextCursor: string | null }>,
  pages: number,
): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < pages; page++) cursor = (await run(cursor)).nextCursor ?? undefined;
  return cursor;
}

/** p50 and p95 of `samples` runs, after 3 warm-ups. */
export async function timeIt(
  run: () => Promise<unknown>,
  samples: number,
): Promise<{ p50: number; p95: number }> {
  for (let warm = 0; warm < 3; warm++) await run();
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** A tRPC query through the HTTP API, signed in with `cookie`; the procedure's JSON result. */
export async function trpcQuery<T>(base: string, cookie: string, path: string, input: unknown): Promise<T> {
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await fetch(`${base}/api/trpc/${path}?input=${encoded}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}
