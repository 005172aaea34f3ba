#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Unit and integration tests (Vitest, on PGlite in-process, or on the
 * Postgres server named by TEST_DATABASE_URL), then the production build, then the end-to-end tests
 * (Playwright in Debian's Chromium against that build). Stops at the first failing stage.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

import { findChromium } from "./find-chromium.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const timings = [];

function stage(name, command, args) {
  console.log(`\n[test] ${name}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${name}: ${seconds.toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n[test] ${name} failed`);
    process.exit(result.status ?? 1);
  }
}

const database = process.env.TEST_DATABASE_URL ? "Postgres server (TEST_DATABASE_URL)" : "PGlite in-process";
console.log(`[test] database: ${database}`);
// The browser first, so a machine without one learns it in a second, not after the unit tests:
// Playwright's own (installed here when missing and the network allows), else the system's; when
// there is none, one sentence says what to run.
const browser = await findChromium({ install: true, log: (line) => console.log(line) });
if (!browser.path) {
  console.error(`\n[test] ${browser.error}`);
  process.exit(1);
}
console.log(`\n[test] browser: ${browser.path} (${browser.source})`);
env.CHROMIUM_PATH = browser.path;
stage("unit and integration tests (vitest)", bin("vitest"), ["run"]);
stage("production build", process.execPath, [path.join(root, "scripts", "ensure-build.mjs")]);
stage("end-to-end tests (playwright)", bin("playwright"), ["test"]);
console.log(`\n[test] all passed on ${database}\n  ${timings.join("\n  ")}`);
