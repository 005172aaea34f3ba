"use client";

import { cn } from "@/lib/cn";
import {
  CLAIM_STATUS_INFO,
  CLAIM_STATUSES,
  CLAIM_TYPE_INFO,
  CLAIM_TYPES,
  type ClaimStatus,
} from "@/lib/claims";
import { CREDIBILITY, CREDIBILITY_LEVELS, type CredibilityLevel } from "@/lib/scales";

import { LEVEL_CLASSES } from "./claim-code";

/** Options for the pickers, from the scales and lists kept as data in lib/. */
export const TYPE_OPTIONS = CLAIM_TYPES.map((type) => ({
  value: type,
  label: CLAIM_TYPE_INFO[type].label,
  description: CLAIM_TYPE_INFO[type].description,
}));

export const STATUS_OPTIONS = CLAIM_STATUSES.map((status) => ({
  value: status,
  label: CLAIM_STATUS_INFO[status].label,
  description: CLAIM_STATUS_INFO[status].description,
}));

/** A credibility digit in its colour. Decorative: the caller names it. */
export function LevelDigit({ level, className }: { level: CredibilityLevel; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex size-7 items-center justify-center rounded-md border font-mono text-sm font-bold",
        LEVEL_CLASSES[level],
        className,
      )}
    >
      {level}
    </span>
  );
}

export const LEVEL_OPTIONS = CREDIBILITY_LEVELS.map((level) => ({
  value: level,
  label: CREDIBILITY[level].label,
  description: CREDIBILITY[level].definition,
  badge: <LevelDigit level={level} />,
}));

const STATUS_TONES: Record<ClaimStatus, string> = {
  open: "bg-surface-muted text-foreground",
  corroborated: "bg-success-soft text-success",
  contradicted: "bg-danger-soft text-danger",
  unresolved: "bg-warning-soft text-warning",
};

/** A claim's review status as a small badge. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span
      title={CLAIM_STATUS_INFO[status].description}
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium",
        STATUS_TONES[status],
      )}
    >
      {CLAIM_STATUS_INFO[status].label}
    </span>
  );
}
