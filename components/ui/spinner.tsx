import { cn } from "@/lib/cn";

/** A small spinning ring. Decorative: pair it with text or an aria-busy control. */
export function Spinner({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-block size-4 animate-spin rounded-full border-2 border-current border-r-transparent",
        className,
      )}
    />
  );
}
