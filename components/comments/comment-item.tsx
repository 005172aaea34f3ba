"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil, Trash2 } from "lucide-react";
import { useRef, useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { cn } from "@/lib/cn";

import { CommentComposer } from "./comment-composer";
import { formatDateTime } from "./format-time";
import { Markdown } from "./markdown";
import { TimeStamp } from "./time-stamp";
import { commentAnchor, useInvalidateComments, type CommentData } from "./use-comments";

/**
 * One comment: who wrote it and when, its Markdown, and, for those allowed, Edit (inline, your own)
 * and Delete (your own, or any for an owner, after a confirmation). A deleted comment keeps its
 * place so the replies around it still read in order.
 */
export function CommentItem({
  teamSlug,
  comment,
  isHighlighted = false,
  className,
}: {
  teamSlug: string;
  comment: CommentData;
  /** The comment a link pointed at (`#comment-<id>`). */
  isHighlighted?: boolean;
  className?: string;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateComments();
  const articleRef = useRef<HTMLElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const update = useMutation(trpc.comments.update.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.comments.delete.mutationOptions({ onSuccess: invalidate }));
  const confirmDelete = () =>
    remove.mutate(
      { teamSlug, commentId: comment.id },
      {
        onSuccess: () => {
          setConfirming(false);
          toast.success("Comment deleted.");
          // The buttons are gone with the text; keep the keyboard where the comment was.
          requestAnimationFrame(() => articleRef.current?.focus());
        },
      },
    );

  const stopEditing = () => {
    setEditing(false);
    update.reset();
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  return (
    <article
      ref={articleRef}
      id={commentAnchor(comment.id)}
      tabIndex={-1}
      aria-label={`Comment by ${comment.authorName}`}
      className={cn(
        "focus-visible:outline-ring flex scroll-mt-24 gap-3 rounded-md outline-none focus-visible:outline-2",
        isHighlighted && "bg-primary-soft/50 -mx-2 px-2 py-1",
        className,
      )}
    >
      <Avatar name={comment.authorName} className="mt-0.5" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <span className="text-sm font-medium">{comment.authorName}</span>
          <TimeStamp date={comment.createdAt} />
          {comment.editedAt && !comment.isDeleted ? (
            <span className="text-muted text-xs" title={`Edited ${formatDateTime(comment.editedAt)}`}>
              (edited)
            </span>
          ) : null}
          {!isEditing && (comment.canEdit || comment.canDelete) ? (
            <div className="ml-auto flex gap-0.5">
              {comment.canEdit ? (
                <Button
                  ref={editButtonRef}
                  variant="ghost"
                  size="icon-sm"
                  aria-label="Edit comment"
                  title="Edit comment"
                  onClick={() => setEditing(true)}
                >
                  <Pencil aria-hidden="true" />
                </Button>
              ) : null}
              {comment.canDelete ? (
                <ConfirmDialog
                  open={isConfirming}
                  onOpenChange={(open) => {
                    setConfirming(open);
                    if (!open) remove.reset();
                  }}
                  trigger={
                    <Button variant="ghost" size="icon-sm" aria-label="Delete comment" title="Delete comment">
                      <Trash2 aria-hidden="true" />
                    </Button>
                  }
                  title="Delete this comment?"
                  description={
                    <>
                      Its text is removed for everyone; the thread shows “This comment was deleted.” in its
                      place.
                      {remove.error ? (
                        <span role="alert" className="text-danger mt-2 block">
                          {remove.error.message}
                        </span>
                      ) : null}
                    </>
                  }
                  confirmLabel="Delete comment"
                  isPending={remove.isPending}
                  onConfirm={confirmDelete}
                />
              ) : null}
            </div>
          ) : null}
        </div>
        {comment.isDeleted ? (
          <p className="text-muted text-sm italic">This comment was deleted.</p>
        ) : isEditing ? (
          <CommentComposer
            teamSlug={teamSlug}
            label="Edit comment"
            submitLabel="Save"
            initialBody={comment.body}
            autoFocus
            isPending={update.isPending}
            error={update.error ? (fieldError(update.error, "body") ?? update.error.message) : undefined}
            onCancel={stopEditing}
            onSubmit={async (body) => {
              if (body !== comment.body) await update.mutateAsync({ teamSlug, commentId: comment.id, body });
              stopEditing();
            }}
          />
        ) : (
          <Markdown blocks={comment.blocks} className="text-sm" />
        )}
      </div>
    </article>
  );
}
