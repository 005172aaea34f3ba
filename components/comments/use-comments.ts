import { useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useCallback, useSyncExternalStore } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import type { AppRouter } from "@/server/api/root";

/** What a discussion is about: a claim, an article or an assessment. */
export type CommentSubject = { claimId: string } | { articleId: string } | { assessmentId: string };

/** One thread as comments.list returns it: its first comment, resolution and replies. */
export type CommentThreadData = inferRouterOutputs<AppRouter>["comments"]["list"]["threads"][number];

/** One comment, a thread's first or a reply. */
export type CommentData = CommentThreadData["replies"][number];

/** The element id of a comment, so a notification can link straight to it (`#comment-<id>`). */
export function commentAnchor(commentId: string): string {
  return `comment-${commentId}`;
}

/**
 * Refetch what a change to a comment touches: the discussions, and the claims (their summaries
 * carry comment counts). Resolves when the fresh data is in, so a composer clears as it appears.
 */
export function useInvalidateComments(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.comments.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}

/** The toast after posting: who was told about it (mentioned people, others in the thread). */
export function notifiedMessage(count: number): string | null {
  if (count <= 0) return null;
  return `${count} ${count === 1 ? "person was" : "people were"} notified.`;
}

function subscribeToHash(listener: () => void): () => void {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}

/** The URL's `#fragment` without the `#`, kept current; empty on the server. */
export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash.slice(1),
    () => "",
  );
}
