import { cn } from "@/lib/cn";

const HUES = [265, 200, 150, 30, 330, 90, 10, 230];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return HUES[Math.abs(hash) % HUES.length] ?? 265;
}

/**
 * A person's initials on a colour derived from their name. Decorative beside the visible name; the
 * lightness keeps white initials above 4.5:1 on every hue.
 */
export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      style={{ backgroundColor: `oklch(0.5 0.12 ${hueOf(name)})` }}
      className={cn(
        "inline-flex size-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white",
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
