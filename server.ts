/**
 * The one process: Next.js, the database, and the collaboration socket (Hocuspocus) on /collab, on one
 * port. Start-up order matters: environment, database + migrations (+ demo data on a first embedded
 * start), then Next. Shutdown closes the database cleanly so PGlite's folder is never left half-written.
 */
import { createServer } from "node:http";
import path from "node:path";

import nextEnv from "@next/env";
import next from "next";

import { closeDatabase, getDatabaseHandle } from "@/db";
import { isEmptyDatabase, seedDemo } from "@/scripts/seed/seed-demo";
import { isTrpcPath, serveTrpc } from "@/server/api/http-handler";
import { CLIENT_IP_HEADER, clientIpOf } from "@/server/auth/client-ip";
import { ensureAuthSecret } from "@/server/auth/secret";
import { COLLAB_PATH, createCollabServer } from "@/server/collab/collab-server";
import { registerCollabHealth } from "@/server/collab/health";
import { securityHeadersFor } from "@/server/security/headers";
import { closeProcessTeamEventHub, getProcessTeamEventHub } from "@/server/realtime/hub";
import { handleFixtureRequest } from "@/server/testing/fixture-endpoint";

const isDev = process.env.NODE_ENV !== "production";
nextEnv.loadEnvConfig(process.cwd(), isDev);

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
const trustProxy = process.env.TRUST_PROXY === "true" || process.env.TRUST_PROXY === "1";
const fixturesEnabled = process.env.E2E_FIXTURES === "1";
const startedAt = performance.now();

function log(message: string) {
  console.log(`[server] ${message}`);
}

const secretFrom = ensureAuthSecret(dataDir);
if (secretFrom === "generated")
  log(`AUTH_SECRET not set: generated one in ${path.join(dataDir, "auth-secret")}.`);

const database = await getDatabaseHandle();
await database.migrate();
log(`database: ${database.driver} (${database.location}), migrations applied`);
const wantsSeed = process.env.SEED_DEMO ?? (database.driver === "pglite" ? "auto" : "false");
if (wantsSeed === "true" || (wantsSeed === "auto" && (await isEmptyDatabase(database.db)))) {
  const report = await seedDemo({ db: database.db });
  log(
    `demo data: ${report.createdUsers.length} users, ${report.createdTeams.length} teams, ${report.createdArticles} articles, ${report.createdClaims} claims, ${report.createdAssessments} ${report.createdAssessments === 1 ? "assessment" : "assessments"} created`,
  );
}

// One LISTEN for the process: live updates in browsers, and the collaboration server, which closes
// an assessment's connections when its review status changes (so its text locks and unlocks).
const teamEvents = getProcessTeamEventHub(database);
await teamEvents.start();
const redisUrl = process.env.REDIS_URL || undefined;
const collab = createCollabServer(database.db, {
  events: teamEvents,
  listen: (channel, onPayload, onReconnect) => database.listen(channel, onPayload, onReconnect),
  redisUrl,
});
registerCollabHealth(() => ({
  instanceId: collab.instanceId,
  openDocuments: collab.documentsCount(),
  redis: collab.redisHealth() ?? { configured: false, reachable: false },
}));
if (redisUrl) {
  const isUp = await collab.waitForRedis(3000);
  log(
    isUp
      ? `collaboration: live sync between instances through Redis (${new URL(redisUrl).host})`
      : `collaboration: Redis (${new URL(redisUrl).host}) not answering yet; editing works, instances converge through the database until it does`,
  );
}

const app = next({ dev: isDev, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const handleUpgrade = app.getUpgradeHandler();

if (fixturesEnabled) log("E2E_FIXTURES=1: test fixture endpoint enabled. Never set this in production.");

const site = {
  appUrl: process.env.APP_URL || undefined,
  trustProxy,
  isDev,
  oidcIssuer: process.env.AUTH_OIDC_ISSUER || undefined,
};

const server = createServer((req, res) => {
  // Overwrite, never trust, the client's own claim of its address (see server/auth/client-ip.ts).
  req.headers[CLIENT_IP_HEADER] = clientIpOf(req, trustProxy) ?? "";
  // A fresh CSP nonce per response: on the response, and on the request for Next to put on its scripts.
  const security = securityHeadersFor(req, site);
  for (const [name, value] of Object.entries(security.request)) req.headers[name] = value;
  for (const [name, value] of Object.entries(security.response)) res.setHeader(name, value);
  if (fixturesEnabled && req.method === "POST" && req.url === "/__e2e/fixtures") {
    handleFixtureRequest(database.db, req, res).catch((error: unknown) => {
      console.error("[server] fixture failed:", error);
      if (!res.headersSent) res.writeHead(500).end("fixture failed");
    });
    return;
  }
  if (!isDev && isTrpcPath(req.url)) {
    // The API on the shortest path: tRPC straight on Node's request, without Next's route dispatch.
    // In development Next's route serves the same handler, so edits to a router reload without a restart.
    serveTrpc(req, res).catch((error: unknown) => {
      console.error("[server] API request failed:", error);
      if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
      else res.destroy();
    });
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error("[server] request failed:", error);
    if (!res.headersSent) res.writeHead(500).end("Internal Server Error");
  });
});

server.on("upgrade", (req, socket, head) => {
  // As for every request: the address is server.ts's view, never the client's claim.
  req.headers[CLIENT_IP_HEADER] = clientIpOf(req, trustProxy) ?? "";
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  if (pathname === COLLAB_PATH) {
    // The collaboration socket (Hocuspocus); it authenticates with the session cookie itself.
    collab.handleUpgrade(req, socket, head);
    return;
  }
  // Everything else (Next's hot reload in development) is Next's.
  void handleUpgrade(req, socket, head);
});

server.listen(port, hostname, () => {
  log(
    `ready on http://localhost:${port} (${isDev ? "development" : "production"}) in ${Math.round(performance.now() - startedAt)} ms`,
  );
});

let isShuttingDown = false;

async function shutdown(signal: string) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  log(`${signal}: shutting down`);
  const force = setTimeout(() => {
    console.error("[server] shutdown took too long; exiting");
    process.exit(1);
  }, 10_000);
  force.unref();
  server.close();
  server.closeIdleConnections();
  // Store every open document before the database goes (clients reconnect after the restart).
  await collab.close().catch((error: unknown) => console.error("[server] collab close failed:", error));
  try {
    await app.close?.();
  } catch {
    // Next's own close is best effort; the database close below is what must not be skipped.
  }
  await closeProcessTeamEventHub().catch(() => undefined);
  await closeDatabase();
  log("database closed");
  server.closeAllConnections();
  process.exit(0);
}

// A promise nobody awaited failed (for instance a Redis reply in flight as its connection closed):
// say so, but do not take every open document and request down with it.
process.on("unhandledRejection", (reason) => {
  console.error("[server] unhandled rejection:", reason);
});

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
