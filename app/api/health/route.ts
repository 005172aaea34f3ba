import { getDatabaseHandle, pingDatabase } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the start-up check. */
export async function GET() {
  const started = performance.now();
  try {
    const handle = await getDatabaseHandle();
    const isUp = await pingDatabase(handle.db);
    const body = {
      status: isUp ? "ok" : "degraded",
      database: {
        driver: handle.driver,
        reachable: isUp,
        latencyMs: Math.round(performance.now() - started),
      },
    };
    return Response.json(body, { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "degraded", database: { reachable: false } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
