/**
 * A collaboration server alone in its own process, as server.ts runs it (the real database handle,
 * the real event hub, the real collaboration server), for the tests and benchmarks that kill a
 * process: `DATABASE_URL` (a server) or `DATA_DIR` (PGlite), `PORT`, `AUTH_SECRET`, and optionally
 * `REDIS_URL`. Prints `ready <port>` once it listens; SIGTERM stops it gracefully.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import { openDatabase } from "@/db";
import { createCollabServer } from "@/server/collab/collab-server";
import { TeamEventHub } from "@/server/realtime/hub";

const database = await openDatabase({
  url: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR,
});
await database.migrate();
const events = new TeamEventHub(database);
await events.start();
const collab = createCollabServer(database.db, {
  events,
  listen: (channel, onPayload, onReconnect) => database.listen(channel, onPayload, onReconnect),
  redisUrl: process.env.REDIS_URL || undefined,
  logFlushMs: process.env.COLLAB_LOG_FLUSH_MS ? Number(process.env.COLLAB_LOG_FLUSH_MS) : undefined,
});
const server = http.createServer((_req, res) => res.writeHead(404).end());
server.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`ready ${(server.address() as AddressInfo).port}`);
});

process.on("unhandledRejection", (reason) => console.error("[collab-process] unhandled rejection:", reason));

process.on("SIGTERM", () => {
  void (async () => {
    server.close();
    await collab.close();
    await events.close();
    await database.close();
    console.log("stopped");
    process.exit(0);
  })();
});
