"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import { useEffect, useId, useRef } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";
import { LoadError } from "@/components/ui/query-states";
import { cn } from "@/lib/cn";

import { CommentComposer } from "./comment-composer";
import { CommentThread } from "./comment-thread";
import {
  commentAnchor,
  notifiedMessage,
  useInvalidateComments,
  useLocationHash,
  type CommentSubject,
} from "./use-comments";

const ANCHOR_PREFIX = commentAnchor("");

/**
 * The discussion on a claim or an article: its threads in the order they were started, each with
 * its replies, and a composer to start a new one. Everything renders from the comments.list query,
 * which the team's live-update subscription refreshes when a teammate writes, so nothing here polls.
 * A link ending in `#comment-<id>` (from the inbox) unfolds that comment's thread and scrolls to it.
 */
export function Discussion({
  teamSlug,
  subject,
  className,
  quote,
  onQuoteUsed,
}: {
  teamSlug: string;
  subject: CommentSubject;
  className?: string;
  /** Words of an assessment's text the next new thread is about (cleared once it is posted). */
  quote?: string | null;
  onQuoteUsed?: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateComments();
  const query = useQuery(trpc.comments.list.queryOptions({ teamSlug, subject }));
  const create = useMutation(trpc.comments.create.mutationOptions({ onSuccess: invalidate }));
  const hash = useLocationHash();
  const targetId = hash.startsWith(ANCHOR_PREFIX) ? hash.slice(ANCHOR_PREFIX.length) : "";
  const scrolledTo = useRef("");
  const headingId = useId();

  const data = query.data;
  useEffect(() => {
    if (!data || !targetId || scrolledTo.current === targetId) return;
    const element = document.getElementById(commentAnchor(targetId));
    if (!element) return;
    scrolledTo.current = targetId;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  }, [data, targetId]);

  const threads = data?.threads ?? [];
  return (
    <div className={cn("flex flex-col gap-4", className)}>
      {query.isError ? (
        <LoadError
          title="The discussion could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isPending ? (
        <div className="flex flex-col gap-3" role="status" aria-label="Loading the discussion">
          {[0, 1].map((index) => (
            <Skeleton key={index} className="h-24" />
          ))}
        </div>
      ) : data && threads.length === 0 ? (
        <EmptyState
          icon={MessagesSquare}
          title="No discussion yet"
          className="py-8"
          description={
            data.canComment
              ? "Ask a question, challenge the reading or add context. Type @ to bring a teammate in."
              : "When the team discusses this, the threads appear here."
          }
        />
      ) : threads.length > 0 ? (
        <ol aria-label="Threads" className="flex flex-col gap-3">
          {threads.map((thread) => (
            <CommentThread
              key={thread.id}
              teamSlug={teamSlug}
              subject={subject}
              thread={thread}
              canComment={data?.canComment ?? false}
              targetId={targetId}
            />
          ))}
        </ol>
      ) : null}
      {data?.canComment ? (
        <section aria-labelledby={headingId} className="flex flex-col gap-2">
          <h3 id={headingId} className="text-sm font-semibold">
            Start a discussion
          </h3>
          {quote ? (
            <div className="flex items-start justify-between gap-2 text-sm">
              <blockquote className="border-primary text-muted border-l-4 pl-3 italic">“{quote}”</blockquote>
              <button
                type="button"
                className="text-primary shrink-0 text-xs hover:underline"
                onClick={onQuoteUsed}
              >
                Comment on the whole instead
              </button>
            </div>
          ) : null}
          <CommentComposer
            teamSlug={teamSlug}
            label={quote ? "Comment on the selected text" : "Comment"}
            submitLabel="Comment"
            isPending={create.isPending}
            error={create.error ? (fieldError(create.error, "body") ?? create.error.message) : undefined}
            onSubmit={async (body) => {
              const result = await create.mutateAsync({ teamSlug, subject, body, quote: quote ?? undefined });
              onQuoteUsed?.();
              const notified = notifiedMessage(result.notified);
              if (notified) toast.success(notified);
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
