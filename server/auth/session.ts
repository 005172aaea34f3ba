import { headers } from "next/headers";

import { getDatabase } from "@/db";
import type { LiveSession } from "@/server/services/auth/session-rows";

import { sessionFromHeaders } from "./cookie-session";

/** The live session of the request being rendered, or null when signed out (or the session ended). */
export async function getSession(): Promise<LiveSession | null> {
  return sessionFromHeaders(await getDatabase(), new Headers(await headers()));
}

/** The signed-in person's id, or null: only a live session counts (see `sessionFromHeaders`). */
export async function getSessionUserId(): Promise<string | null> {
  return (await getSession())?.userId ?? null;
}
