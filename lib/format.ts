/** "1 minute", "45 seconds", "15 minutes": how long to wait, in words (rounded up to minutes past 60 s). */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} second${whole === 1 ? "" : "s"}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The sentence for a failed sign-in, from next-auth's code ("invalid" or "throttled:<seconds>"). */
export function describeSignInFailure(code: string | undefined): string {
  if (code?.startsWith("throttled:")) {
    const seconds = Number(code.slice("throttled:".length)) || 60;
    return `Too many failed sign-in attempts. Try again in ${formatWait(seconds)}.`;
  }
  return "The email or password is not correct.";
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** "27 Feb 2025". Fixed locale so server and browser render the same text. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "27 Feb 2025, 14:05 UTC": in UTC, so the server's render and the browser's agree. */
export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}
