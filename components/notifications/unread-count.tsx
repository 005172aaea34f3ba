"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "@/components/providers/trpc-provider";

/** The number of unread notifications beside "Inbox"; nothing when there are none. Kept live. */
export function UnreadCount({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.notifications.unreadCount.queryOptions({ teamSlug }));
  if (!data) return null;
  return (
    <span className="bg-primary text-primary-foreground ml-auto min-w-5 rounded-full px-1.5 text-center text-xs font-semibold">
      {data > 99 ? "99+" : data}
      <span className="sr-only"> unread</span>
    </span>
  );
}
