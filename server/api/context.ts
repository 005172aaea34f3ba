import { getDatabaseHandle } from "@/db";
import { CLIENT_IP_HEADER } from "@/server/auth/client-ip";
import { getSessionUserId } from "@/server/auth/session";
import { getProcessTeamEventHub } from "@/server/realtime/hub";

import type { TRPCContext } from "./trpc";

/** The context of an HTTP or server-component call: the database, the session, the client address. */
export async function createTRPCContext({ headers }: { headers: Headers }): Promise<TRPCContext> {
  const handle = await getDatabaseHandle();
  return {
    db: handle.db,
    events: getProcessTeamEventHub(handle),
    userId: await getSessionUserId(),
    clientIp: headers.get(CLIENT_IP_HEADER),
  };
}
