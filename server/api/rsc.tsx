import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { makeQueryClient } from "@/lib/query-client";

import { createTRPCContext } from "./context";
import { appRouter } from "./root";

/**
 * Server-component helpers: a caller for the page's own data, an options proxy to prefetch what
 * client components will query, and the page guards. The procedures remain the real gate.
 */
const createContext = cache(async () => createTRPCContext({ headers: new Headers(await headers()) }));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: createContext,
  router: appRouter,
  queryClient: getQueryClient,
});

export const getCaller = cache(async () => appRouter.createCaller(await createContext()));

/** Render children with the server's prefetched queries handed to the browser's cache. */
export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/**
 * The signed-in person's id (a live session only), or null. From the render's one context, so the
 * shell, the page and its calls share one session check per request.
 */
export async function getSessionUserId(): Promise<string | null> {
  return (await createContext()).userId;
}

/** The signed-in person's id, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireUserId(returnTo: string): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return userId;
}

/**
 * The team behind `/t/<slug>` for the signed-in person: a 404 when it does not exist or they are not
 * in it (teams are walls), a sign-in redirect when signed out.
 */
export async function requireTeam(teamSlug: string, returnTo: string) {
  await requireUserId(returnTo);
  const caller = await getCaller();
  try {
    return await caller.teams.get({ teamSlug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
