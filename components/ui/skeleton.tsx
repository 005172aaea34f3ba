import { cn } from "@/lib/cn";

/** A placeholder block while content loads. Hidden from assistive technology. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("bg-surface-muted animate-pulse rounded-md", className)} />;
}
