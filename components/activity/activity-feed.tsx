"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Activity } from "lucide-react";

import { useTRPC, useTRPCClient } from "@/components/providers/trpc-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { LoadError, LoadMore } from "@/components/ui/query-states";
import { dayKey, dayLabel, groupActivity, timeLabel, type GroupedActivity } from "@/lib/activity-text";

import { ActivitySentence } from "./activity-sentence";

/** Entries per request: the most the server gives, so a bulk action's burst is rarely split. */
const PAGE_SIZE = 100;

interface Day<T> {
  key: string;
  label: string;
  groups: GroupedActivity<T>[];
}

function byDay<T extends { createdAt: Date }>(groups: GroupedActivity<T>[], now: Date): Day<T>[] {
  const days: Day<T>[] = [];
  for (const group of groups) {
    const key = dayKey(group.entry.createdAt);
    const last = days.at(-1);
    if (last?.key === key) last.groups.push(group);
    else days.push({ key, label: dayLabel(group.entry.createdAt, now), groups: [group] });
  }
  return days;
}

/**
 * The team's activity, newest first and grouped by day in the reader's time zone: who did what, with
 * a link to the claim, article or source it concerns. Teammates' changes arrive without a reload (the
 * live updates refetch every activity query). Rendered in the browser only, since the day headings
 * depend on the reader's clock and time zone.
 */
export function ActivityFeed({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const query = useInfiniteQuery({
    // Under the procedure's own path, so invalidating trpc.activity.pathKey() refreshes the feed too.
    queryKey: [...trpc.activity.list.pathKey(), { input: { teamSlug }, type: "infinite" }],
    queryFn: ({ pageParam }) => client.activity.list.query({ teamSlug, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  if (query.isPending)
    return (
      <div className="flex flex-col gap-3" role="status" aria-label="Loading activity">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  if (query.isError)
    return (
      <LoadError
        title="The activity could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
      />
    );

  const entries = query.data.pages.flatMap((page) => page.items);
  if (entries.length === 0)
    return (
      <EmptyState
        icon={Activity}
        title="Nothing has happened yet"
        description="When teammates attach articles, tag and rate claims, rate sources or comment, it is listed here, newest first."
      />
    );

  const days = byDay(groupActivity(entries), new Date());
  return (
    <div className="flex flex-col gap-6">
      {days.map((day) => (
        <section key={day.key} aria-labelledby={`day-${day.key}`} className="flex flex-col gap-2">
          <h2 id={`day-${day.key}`} className="text-muted text-sm font-semibold">
            {day.label}
          </h2>
          <ol className="border-border bg-surface divide-border divide-y rounded-lg border">
            {day.groups.map(({ entry, count }) => (
              <li key={entry.id} className="flex items-baseline gap-3 px-4 py-3 text-sm">
                <time
                  dateTime={entry.createdAt.toISOString()}
                  className="text-muted w-11 shrink-0 text-xs tabular-nums"
                >
                  {timeLabel(entry.createdAt)}
                </time>
                <p className="min-w-0 break-words">
                  <ActivitySentence teamSlug={teamSlug} entry={entry} count={count} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <LoadMore
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoad={() => void query.fetchNextPage()}
      />
    </div>
  );
}
