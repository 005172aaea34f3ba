"use client";

import { AlertTriangle, EyeOff } from "lucide-react";

import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";
import { RELIABILITY, type ReliabilityGrade } from "@/lib/scales";

export const GRADE_CLASSES: Record<ReliabilityGrade, string> = {
  A: "bg-emerald-100 text-emerald-900 border-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:border-emerald-800",
  B: "bg-teal-100 text-teal-900 border-teal-300 dark:bg-teal-950 dark:text-teal-200 dark:border-teal-800",
  C: "bg-amber-100 text-amber-900 border-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:border-amber-800",
  D: "bg-orange-100 text-orange-900 border-orange-300 dark:bg-orange-950 dark:text-orange-200 dark:border-orange-800",
  E: "bg-red-100 text-red-900 border-red-300 dark:bg-red-950 dark:text-red-200 dark:border-red-800",
  F: "bg-slate-100 text-slate-800 border-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:border-slate-600",
};

export interface ConsensusLike {
  grade: ReliabilityGrade | null;
  spread: number;
  isDisputed: boolean;
  count: number;
  isHidden: boolean;
}

function describe(consensus: ConsensusLike): string {
  if (consensus.isHidden) return "Team reliability hidden until you rate this source (blind rating).";
  if (!consensus.grade) return "Reliability: not rated yet.";
  const base = `Reliability ${consensus.grade}, ${RELIABILITY[consensus.grade].label.toLowerCase()}, from ${consensus.count} rating${consensus.count === 1 ? "" : "s"}`;
  return consensus.isDisputed
    ? `${base}; disputed: analysts are ${consensus.spread} grades apart.`
    : `${base}.`;
}

/** A grade letter in its colour. Decorative: the caller names it. */
export function GradeLetter({ grade, className }: { grade: ReliabilityGrade; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex size-7 items-center justify-center rounded-md border font-mono text-sm font-bold",
        GRADE_CLASSES[grade],
        className,
      )}
    >
      {grade}
    </span>
  );
}

/**
 * The team's reliability for a source on the Admiralty scale: the median grade, a "disputed" mark
 * when analysts are two or more grades apart, and the definition in a tooltip.
 */
export function ReliabilityBadge({
  consensus,
  size = "md",
}: {
  consensus: ConsensusLike;
  size?: "sm" | "md";
}) {
  const label = describe(consensus);
  const sizing = size === "sm" ? "h-6 px-1.5 text-xs" : "h-7 px-2 text-sm";
  const body = consensus.isHidden ? (
    <span
      className={cn(
        "border-border-strong text-muted inline-flex items-center gap-1 rounded-md border border-dashed",
        sizing,
      )}
    >
      <EyeOff aria-hidden="true" className="size-3.5" /> ?
    </span>
  ) : consensus.grade ? (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-md border font-mono font-bold",
        GRADE_CLASSES[consensus.grade],
        sizing,
      )}
    >
      {consensus.grade}
      {consensus.isDisputed ? <AlertTriangle aria-hidden="true" className="size-3.5" /> : null}
    </span>
  ) : (
    <span
      className={cn(
        "border-border-strong text-muted inline-flex items-center rounded-md border border-dashed font-mono",
        sizing,
      )}
    >
      –
    </span>
  );
  return (
    <Tooltip
      content={
        <span className="flex flex-col gap-1">
          <span>{label}</span>
          {consensus.grade && !consensus.isHidden ? (
            <span className="text-muted">
              {consensus.grade}: {RELIABILITY[consensus.grade].definition}
            </span>
          ) : null}
        </span>
      }
    >
      <span tabIndex={0} role="img" aria-label={label} className="inline-flex rounded-md">
        {body}
      </span>
    </Tooltip>
  );
}
