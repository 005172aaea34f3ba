"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { BellOff, CheckCheck, Inbox as InboxIcon, Mail, MailOpen } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";

import { commentAnchor } from "@/components/comments/use-comments";
import { TimeStamp } from "@/components/comments/time-stamp";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toaster";
import { LoadError, LoadMore, LoadingRows } from "@/components/ui/query-states";
import { cn } from "@/lib/cn";
import type { AppRouter } from "@/server/api/root";

type Notification = inferRouterOutputs<AppRouter>["notifications"]["list"]["items"][number];

const PAGE_SIZE = 30;

const KIND_TEXT: Record<Notification["kind"], string> = {
  mention: "mentioned you",
  reply: "replied in a thread you are in",
  review_requested: "asked you to review an assessment",
  changes_requested: "asked for changes to an assessment",
  approved: "approved an assessment",
  published: "published an assessment",
  re_review: "flagged a published assessment for re-review",
  review_withdrawn: "no longer needs your review of an assessment",
};

/** Where a notification leads: the claim, the article or the assessment, straight to the comment. */
function notificationHref(teamSlug: string, item: Notification): string | null {
  const anchor = item.commentId ? `#${commentAnchor(item.commentId)}` : "";
  if (item.claim) return `/t/${teamSlug}/claims/${item.claim.id}${anchor}`;
  if (item.article) return `/t/${teamSlug}/articles/${item.article.id}${anchor}`;
  if (item.assessment) return `/t/${teamSlug}/assessments/${item.assessment.id}${anchor}`;
  return null;
}

/**
 * The signed-in person's notifications in this team, newest first, a page at a time. Opening one
 * marks it read; each can be marked read or unread again, or all at once. Every change invalidates
 * the notifications queries, so the navigation badge follows.
 */
export function Inbox({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const switchId = useId();
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  // Built by hand (its key sits under the notifications path, so invalidating that path reaches it).
  const [notificationsPath] = trpc.notifications.pathKey();
  const query = useInfiniteQuery({
    queryKey: [notificationsPath, "inbox", { teamSlug, isUnreadOnly }],
    queryFn: ({ pageParam, signal }) =>
      client.notifications.list.query(
        { teamSlug, isUnreadOnly, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions({ teamSlug }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  );

  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = unread.data ?? query.data?.pages[0]?.unreadCount ?? 0;
  const isMarkingAll = markRead.isPending && markRead.variables.ids === undefined;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Switch id={switchId} checked={isUnreadOnly} onCheckedChange={setUnreadOnly} />
          <Label htmlFor={switchId}>Unread only</Label>
        </div>
        <Button
          variant="secondary"
          size="sm"
          disabled={unreadCount === 0}
          isLoading={isMarkingAll}
          onClick={() => markRead.mutate({ teamSlug }, { onSuccess: () => toast.success("All caught up.") })}
        >
          <CheckCheck aria-hidden="true" />
          Mark all as read
        </Button>
      </div>
      {markRead.error ? <Alert tone="error">{markRead.error.message}</Alert> : null}
      {query.isError ? (
        <LoadError
          title="The inbox could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isPending ? (
        <LoadingRows label="Loading notifications" className="h-24" />
      ) : items.length === 0 && !query.isError ? (
        isUnreadOnly ? (
          <EmptyState
            icon={BellOff}
            title="No unread notifications"
            description="You have read everything. Turn off “Unread only” to see earlier ones."
          />
        ) : (
          <EmptyState
            icon={InboxIcon}
            title="Nothing new"
            description="When someone mentions you or replies to your thread, it shows up here."
          />
        )
      ) : (
        <ol aria-label="Notifications" className="flex flex-col gap-2">
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              teamSlug={teamSlug}
              item={item}
              isPending={markRead.isPending && markRead.variables.ids?.includes(item.id) === true}
              onMark={(isRead) => markRead.mutate({ teamSlug, ids: [item.id], isRead })}
            />
          ))}
        </ol>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </div>
  );
}

/**
 * One notification. The whole card opens it (a real link, so it can open in a new tab too); the
 * read/unread button sits above that link.
 */
function NotificationItem({
  teamSlug,
  item,
  isPending,
  onMark,
}: {
  teamSlug: string;
  item: Notification;
  isPending: boolean;
  onMark: (isRead: boolean) => void;
}) {
  const href = notificationHref(teamSlug, item);
  const where = item.claim
    ? `On the claim “${item.claim.statement}”${item.article ? ` in ${item.article.title}` : ""}`
    : item.article
      ? `On the article ${item.article.title}`
      : item.assessment
        ? `On the assessment ${item.assessment.title}`
        : null;
  const headline = (
    <>
      {item.isRead ? null : <span className="sr-only">Unread: </span>}
      {item.actorName} {KIND_TEXT[item.kind]}
    </>
  );
  return (
    <li
      className={cn(
        "relative flex gap-3 rounded-lg border p-3 shadow-xs sm:p-4",
        item.isRead ? "border-border bg-surface" : "border-primary/40 bg-primary-soft/40",
      )}
    >
      <Avatar name={item.actorName} className="mt-0.5" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className={cn("text-sm", item.isRead ? "font-normal" : "font-semibold")}>
          {href ? (
            <Link
              href={href}
              className="focus-visible:after:outline-ring outline-none after:absolute after:inset-0 after:rounded-lg hover:underline focus-visible:after:outline-2"
              onClick={() => {
                if (!item.isRead) onMark(true);
              }}
            >
              {headline}
            </Link>
          ) : (
            headline
          )}
        </p>
        {item.excerpt ? <p className="line-clamp-2 text-sm wrap-anywhere">“{item.excerpt}”</p> : null}
        {item.detail ? <p className="line-clamp-3 text-sm wrap-anywhere">{item.detail}</p> : null}
        {where ? <p className="text-muted line-clamp-2 text-xs wrap-anywhere">{where}</p> : null}
        <TimeStamp date={item.createdAt} />
      </div>
      <div className="relative z-10 flex shrink-0 items-start gap-2">
        {item.isRead ? null : <span aria-hidden="true" className="bg-primary mt-3 size-2 rounded-full" />}
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={item.isRead ? "Mark as unread" : "Mark as read"}
          title={item.isRead ? "Mark as unread" : "Mark as read"}
          isLoading={isPending}
          onClick={() => onMark(!item.isRead)}
        >
          {isPending ? null : item.isRead ? <Mail aria-hidden="true" /> : <MailOpen aria-hidden="true" />}
        </Button>
      </div>
    </li>
  );
}
