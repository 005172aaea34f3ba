"use client";

import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { RESYNC_VERB } from "@/lib/realtime";

/** Gathers the query keys to refetch over a short window, so a burst of events refetches once. */
class InvalidationBatch {
  private readonly pending = new Map<string, QueryKey>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly queryClient: QueryClient) {}

  add(keys: QueryKey[]) {
    for (const key of keys) this.pending.set(JSON.stringify(key), key);
    this.timer ??= setTimeout(() => this.flush(), 150);
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private flush() {
    this.timer = null;
    const keys = [...this.pending.values()];
    this.pending.clear();
    for (const queryKey of keys) void this.queryClient.invalidateQueries({ queryKey });
  }
}

/**
 * Keeps every open view of the team current: one server-sent-event subscription per tab, and on each
 * teammate's change the queries it concerns are refetched (only those on screen refetch at once;
 * the rest are marked stale). Bursts (a bulk tagging of 200 claims) are gathered into one refetch.
 */
export function TeamLiveUpdates({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [batch] = useState(() => new InvalidationBatch(queryClient));
  useEffect(() => () => batch.dispose(), [batch]);

  const subscription = useSubscription(
    trpc.events.subscribe.subscriptionOptions(
      { teamSlug },
      {
        onData: (event) => {
          const type = event.subjectType;
          if (event.verb === RESYNC_VERB) {
            // The server's own link to the database came back: anything may have changed.
            void queryClient.invalidateQueries();
            return;
          }
          if (event.verb === "notification.created") {
            batch.add([trpc.notifications.pathKey()]);
            return;
          }
          const keys: QueryKey[] = [trpc.activity.pathKey()];
          if (type === "claim" || type === "comment") keys.push(trpc.claims.pathKey());
          if (type === "comment") keys.push(trpc.comments.pathKey());
          if (type === "tag") keys.push(trpc.tags.pathKey(), trpc.claims.pathKey());
          if (type === "source") keys.push(trpc.sources.pathKey(), trpc.claims.pathKey());
          // A claim's or source's new rating or link may flag a published version for re-review.
          if (type === "claim" || type === "source") keys.push(trpc.assessments.version.pathKey());
          if (type === "article") keys.push(trpc.articles.pathKey());
          // An assessment's text is saved every few seconds while people type: that refreshes lists
          // only; a review step refreshes the open assessment too (its status and who may edit).
          if (type === "assessment")
            keys.push(
              event.verb === "assessment.saved"
                ? trpc.assessments.list.pathKey()
                : trpc.assessments.pathKey(),
            );
          batch.add(keys);
        },
        // After a dropped connection the browser reconnects by itself; what changed meanwhile was
        // not heard, so everything on screen is refetched once.
        onStarted: () =>
          batch.add([trpc.claims.pathKey(), trpc.comments.pathKey(), trpc.notifications.pathKey()]),
      },
    ),
  );

  return (
    <span className="sr-only" role="status" aria-live="polite">
      {subscription.status === "error" ? "Live updates are off. Reload the page to turn them back on." : ""}
    </span>
  );
}
