"use client";

import { useSyncExternalStore } from "react";

import { cn } from "@/lib/cn";

import { formatDateTime, formatRelativeTime } from "./format-time";

// One clock for every time stamp on the page, ticking each half minute, so "just now" ages without
// a timer per comment.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current minute: stable between ticks, as useSyncExternalStore requires. */
function currentMinute(): number {
  return Math.floor(Date.now() / 60_000) * 60_000;
}

/**
 * A relative time ("5 minutes ago") that keeps itself current, with the exact moment in its title
 * and machine-readable `dateTime`. Server and browser may disagree by a minute or a time zone, so
 * the hydration warning is suppressed on this one element.
 */
export function TimeStamp({ date, className }: { date: Date; className?: string }) {
  const now = useSyncExternalStore(subscribe, currentMinute, currentMinute);
  return (
    <time
      dateTime={date.toISOString()}
      title={formatDateTime(date)}
      suppressHydrationWarning
      className={cn("text-muted text-xs", className)}
    >
      {formatRelativeTime(date, now)}
    </time>
  );
}
