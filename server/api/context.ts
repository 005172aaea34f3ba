import { getDatabaseHandle, type DatabaseHandle } from "@/db";
import { CLIENT_IP_HEADER } from "@/server/auth/client-ip";
import { sessionFromHeaders } from "@/server/auth/cookie-session";
import { getProcessTeamEventHub, type TeamEventHub } from "@/server/realtime/hub";

import type { TRPCContext } from "./trpc";

/**
 * The context of one request on `handle`: its live session (see `sessionFromHeaders`), the client
 * address, and the memo of the teams its calls resolve (one membership check per team per request).
 * The HTTP route and server components use the process's database; tests pass their own.
 */
export async function contextFor(
  handle: Pick<DatabaseHandle, "db">,
  events: TeamEventHub,
  headers: Headers,
): Promise<TRPCContext> {
  const session = await sessionFromHeaders(handle.db, headers);
  return {
    db: handle.db,
    events,
    userId: session?.userId ?? null,
    sessionId: session?.sessionId ?? null,
    clientIp: headers.get(CLIENT_IP_HEADER),
    resolvedTeams: new Map(),
  };
}

/** The context of an HTTP or server-component call: the database, the session, the client address. */
export async function createTRPCContext({ headers }: { headers: Headers }): Promise<TRPCContext> {
  const handle = await getDatabaseHandle();
  return contextFor(handle, getProcessTeamEventHub(handle), headers);
}
