import { formatDate } from "@/lib/format";

const absoluteFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "27 Feb 2025, 14:05": the exact moment, for a tooltip or a screen reader. */
export function formatDateTime(date: Date): string {
  return absoluteFormat.format(date);
}

/**
 * When something happened, as a discussion reads it: "just now", "5 minutes ago", "3 hours ago",
 * "yesterday", "4 days ago", then the date ("27 Feb 2025") after a week, when "23 days ago" would
 * make the reader count. A moment slightly in the future (clocks disagree) is "just now".
 */
export function formatRelativeTime(date: Date, now: Date | number): string {
  const elapsed = (typeof now === "number" ? now : now.getTime()) - date.getTime();
  if (elapsed < MINUTE) return "just now";
  if (elapsed < HOUR) return relativeFormat.format(-Math.floor(elapsed / MINUTE), "minute");
  if (elapsed < DAY) return relativeFormat.format(-Math.floor(elapsed / HOUR), "hour");
  if (elapsed < 7 * DAY) return relativeFormat.format(-Math.floor(elapsed / DAY), "day");
  return formatDate(date);
}
