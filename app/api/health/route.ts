import { getDatabaseHandle, pingDatabase } from "@/db";
import { collabHealth } from "@/server/collab/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and the start-up check, and how the
 * collaboration server stands. The database decides the status code: without it nothing works.
 * Redis only speeds up collaboration between instances, so its loss is reported ("degraded") but
 * answers 200: the instance still serves everything, and editors converge through the database.
 */
export async function GET() {
  const started = performance.now();
  const collab = collabHealth();
  const collaboration = collab
    ? {
        openDocuments: collab.openDocuments,
        redis: collab.redis.configured
          ? {
              configured: true,
              reachable: collab.redis.reachable,
              ...(collab.redis.downSince ? { downSince: collab.redis.downSince } : {}),
              ...(collab.redis.lastError ? { lastError: collab.redis.lastError } : {}),
            }
          : { configured: false },
      }
    : null;
  const isRedisDown = Boolean(collab?.redis.configured && !collab.redis.reachable);
  try {
    const handle = await getDatabaseHandle();
    const isUp = await pingDatabase(handle.db);
    const body = {
      status: isUp && !isRedisDown ? "ok" : "degraded",
      database: {
        driver: handle.driver,
        reachable: isUp,
        latencyMs: Math.round(performance.now() - started),
      },
      collaboration,
    };
    return Response.json(body, { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "degraded", database: { reachable: false }, collaboration },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
