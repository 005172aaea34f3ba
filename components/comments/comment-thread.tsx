"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckCircle2, ChevronDown, MessageSquareReply, RotateCcw } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { cn } from "@/lib/cn";

import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import { TimeStamp } from "./time-stamp";
import {
  notifiedMessage,
  useInvalidateComments,
  type CommentSubject,
  type CommentThreadData,
} from "./use-comments";

/**
 * A thread: its first comment, the replies, and Reply / Resolve for members who may comment. A
 * resolved thread folds to one line ("Resolved by …") that opens again on request, so settled
 * questions stay on record without crowding the open ones. A link to one of its comments
 * (`#comment-<id>`) unfolds it.
 */
export function CommentThread({
  teamSlug,
  subject,
  thread,
  canComment,
  targetId,
}: {
  teamSlug: string;
  subject: CommentSubject;
  thread: CommentThreadData;
  canComment: boolean;
  /** The comment id the URL points at, if any. */
  targetId: string;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateComments();
  const bodyId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const replyButtonRef = useRef<HTMLButtonElement>(null);
  const focusToggleOnResolve = useRef(false);
  const [isExpanded, setExpanded] = useState<boolean | null>(null);
  const [isReplying, setReplying] = useState(false);
  const isResolved = thread.resolvedAt !== null;
  const isTargeted = targetId !== "" && [thread, ...thread.replies].some((item) => item.id === targetId);
  // Someone else resolving the thread must not fold away the reply being written.
  const isOpen = isExpanded ?? (!isResolved || isTargeted || isReplying);

  const reply = useMutation(trpc.comments.create.mutationOptions({ onSuccess: invalidate }));
  const resolve = useMutation(
    trpc.comments.resolve.mutationOptions({
      onSuccess: async (result) => {
        await invalidate();
        if (result.isResolved) {
          setExpanded(false);
          setReplying(false);
        }
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  // Resolving folds the thread and removes the button that had focus: hand focus to the fold's toggle.
  useEffect(() => {
    if (isResolved && focusToggleOnResolve.current) {
      focusToggleOnResolve.current = false;
      toggleRef.current?.focus();
    }
  }, [isResolved]);

  const closeReply = () => {
    setReplying(false);
    reply.reset();
    requestAnimationFrame(() => replyButtonRef.current?.focus());
  };

  const replyCount = thread.replies.length;
  return (
    <li className="border-border bg-surface flex flex-col rounded-lg border shadow-xs">
      {isResolved ? (
        <div
          className={cn(
            "border-border flex flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 text-sm sm:px-4",
            isOpen && "border-b",
          )}
        >
          <CheckCircle2 aria-hidden="true" className="text-success size-4 shrink-0" />
          <span>
            Resolved by <span className="font-medium">{thread.resolvedByName}</span>
          </span>
          {thread.resolvedAt ? <TimeStamp date={thread.resolvedAt} /> : null}
          {!isOpen ? (
            <span className="text-muted w-full truncate text-xs sm:w-auto sm:flex-1">
              {thread.authorName}: {thread.isDeleted ? "(deleted)" : thread.plainText.replace(/\s+/g, " ")}
              {replyCount ? ` · ${replyCount} ${replyCount === 1 ? "reply" : "replies"}` : ""}
            </span>
          ) : null}
          <Button
            ref={toggleRef}
            variant="ghost"
            size="sm"
            className="ml-auto"
            aria-expanded={isOpen}
            aria-controls={bodyId}
            onClick={() => setExpanded(!isOpen)}
          >
            {isOpen ? "Hide thread" : "Show thread"}
            <ChevronDown aria-hidden="true" className={cn("transition-transform", isOpen && "rotate-180")} />
          </Button>
        </div>
      ) : null}
      <div id={bodyId} hidden={!isOpen} className="flex flex-col gap-3 p-3 sm:p-4">
        {/* Kept mounted while folded, so an edit in progress survives a teammate resolving the thread. */}
        {thread.quote ? (
          <blockquote className="border-border-strong text-muted border-l-4 pl-3 text-sm italic">
            “{thread.quote}”
          </blockquote>
        ) : null}
        <CommentItem teamSlug={teamSlug} comment={thread} isHighlighted={thread.id === targetId} />
        {replyCount ? (
          <ol aria-label="Replies" className="border-border ml-4 flex flex-col gap-3 border-l pl-3 sm:ml-11">
            {thread.replies.map((item) => (
              <li key={item.id}>
                <CommentItem teamSlug={teamSlug} comment={item} isHighlighted={item.id === targetId} />
              </li>
            ))}
          </ol>
        ) : null}
        {canComment ? (
          isReplying ? (
            <div className="flex flex-col gap-1 sm:ml-11">
              {isResolved ? <p className="text-muted text-xs">Replying reopens this thread.</p> : null}
              <CommentComposer
                teamSlug={teamSlug}
                label="Reply"
                submitLabel="Send reply"
                autoFocus
                isPending={reply.isPending}
                error={reply.error ? (fieldError(reply.error, "body") ?? reply.error.message) : undefined}
                onCancel={closeReply}
                onSubmit={async (body) => {
                  const result = await reply.mutateAsync({ teamSlug, subject, threadId: thread.id, body });
                  const notified = notifiedMessage(result.notified);
                  if (notified) toast.success(notified);
                  closeReply();
                }}
              />
            </div>
          ) : (
            <div className="flex flex-wrap gap-2 sm:ml-11">
              <Button ref={replyButtonRef} variant="secondary" size="sm" onClick={() => setReplying(true)}>
                <MessageSquareReply aria-hidden="true" />
                Reply
              </Button>
              <Button
                variant="ghost"
                size="sm"
                isLoading={resolve.isPending}
                onClick={() => {
                  focusToggleOnResolve.current = !isResolved;
                  resolve.mutate({ teamSlug, commentId: thread.id, isResolved: !isResolved });
                }}
              >
                {isResolved ? (
                  <>
                    {resolve.isPending ? null : <RotateCcw aria-hidden="true" />}
                    Reopen thread
                  </>
                ) : (
                  <>
                    {resolve.isPending ? null : <CheckCircle2 aria-hidden="true" />}
                    Resolve thread
                  </>
                )}
              </Button>
            </div>
          )
        ) : null}
      </div>
    </li>
  );
}
