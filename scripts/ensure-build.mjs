#!/usr/bin/env node
/**
 * Build the production bundle when the sources changed since the last build, and skip it when they
 * did not: `npm start` on a fresh clone builds once, later starts are immediate. The fingerprint is a
 * SHA-256 over every file that goes into the Next build.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "db",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = /(\.test\.tsx?$|\/migrations\/)/;
const MARKER = path.join(root, ".next", ".source-hash");

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) yield* files(path.join(entry, name));
}

function fingerprint() {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      if (SKIP.test(file.split(path.sep).join("/"))) continue;
      hash
        .update(file)
        .update("\0")
        .update(fs.readFileSync(path.join(root, file)))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

const wanted = fingerprint();
const built =
  fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(MARKER)
    ? fs.readFileSync(MARKER, "utf8")
    : "";
if (built === wanted && !process.argv.includes("--force")) {
  console.log("[build] production build is up to date");
  process.exit(0);
}

console.log("[build] building the production bundle (next build)…");
const started = performance.now();
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    },
  },
);
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(MARKER, wanted);
console.log(`[build] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
