import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
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
