import { availableParallelism } from "node:os";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    // Vitest's default leaves a core free, which on a two-core machine (CI here) is one worker. The
    // files wait on the database and sockets more than on the CPU, so two side by side take the run
    // from 118 s to 72 s on PGlite (110 s to 48 s on the server).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ["./server/testing/global-setup.ts"],
    // Each file opens its own in-process PGlite (or pool on TEST_DATABASE_URL); argon2 hashing is
    // deliberately slow, so allow generous per-test time without hiding a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The security log's routine lines (a session started or ended) would bury the test report.
    onConsoleLog: (log) =>
      /^\[auth\] (session started|\d+ sessions? of user)/.test(log) ? false : undefined,
    // No `server-only` guard outside Next: alias it to nothing for the tests.
    alias: { "server-only": new URL("./server/testing/empty-module.ts", import.meta.url).pathname },
  },
});
