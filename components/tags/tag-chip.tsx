import { cn } from "@/lib/cn";
import type { TagColor } from "@/lib/claims";

/** Tag colours as classes that read in both themes (the palette is lib/claims.ts's TAG_COLORS). */
export const TAG_COLOR_CLASSES: Record<TagColor, { chip: string; dot: string }> = {
  slate: { chip: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100", dot: "bg-slate-500" },
  red: { chip: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200", dot: "bg-red-500" },
  orange: {
    chip: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
    dot: "bg-orange-500",
  },
  amber: { chip: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200", dot: "bg-amber-500" },
  green: { chip: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200", dot: "bg-green-600" },
  teal: { chip: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200", dot: "bg-teal-600" },
  blue: { chip: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200", dot: "bg-blue-600" },
  indigo: {
    chip: "bg-indigo-100 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200",
    dot: "bg-indigo-600",
  },
  violet: {
    chip: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
    dot: "bg-violet-600",
  },
  pink: { chip: "bg-pink-100 text-pink-900 dark:bg-pink-950 dark:text-pink-200", dot: "bg-pink-600" },
};

function classesOf(color: string) {
  return TAG_COLOR_CLASSES[color as TagColor] ?? TAG_COLOR_CLASSES.slate;
}

/** A tag as a small coloured chip. */
export function TagChip({ name, color, className }: { name: string; color: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex max-w-full items-center gap-1 truncate rounded-full px-2 py-0.5 text-xs font-medium",
        classesOf(color).chip,
        className,
      )}
    >
      {name}
    </span>
  );
}

/** A colour dot for a tag in a list or a picker. Decorative. */
export function TagDot({ color, className }: { color: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("inline-block size-2.5 shrink-0 rounded-full", classesOf(color).dot, className)}
    />
  );
}
