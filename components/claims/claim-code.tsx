"use client";

import { AlertTriangle } from "lucide-react";

import { GRADE_CLASSES } from "@/components/sources/reliability-badge";
import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";
import { CREDIBILITY, RELIABILITY, type CredibilityLevel, type ReliabilityGrade } from "@/lib/scales";

/** Credibility levels in the colours of the reliability grades they sit beside (1 ~ A … 6 ~ F). */
export const LEVEL_CLASSES: Record<CredibilityLevel, string> = {
  "1": GRADE_CLASSES.A,
  "2": GRADE_CLASSES.B,
  "3": GRADE_CLASSES.C,
  "4": GRADE_CLASSES.D,
  "5": GRADE_CLASSES.E,
  "6": GRADE_CLASSES.F,
};

export interface ClaimCodeProps {
  reliability: {
    grade: ReliabilityGrade | null;
    isHidden: boolean;
    from: "speaker" | "outlet" | null;
    sourceName: string | null;
  };
  credibility: { grade: CredibilityLevel | null; spread: number; isDisputed: boolean; count: number };
  size?: "sm" | "md";
}

function reliabilityLine(reliability: ClaimCodeProps["reliability"]): string {
  const who = reliability.sourceName
    ? `${reliability.from === "speaker" ? "the speaker" : "the outlet"}, ${reliability.sourceName}`
    : "no source";
  if (reliability.isHidden)
    return `Source reliability hidden: rate ${reliability.sourceName ?? "the source"} to see the team's grade (blind rating).`;
  if (!reliability.grade) return `Source reliability (${who}): not rated yet.`;
  return `Source reliability ${reliability.grade} (${who}): ${RELIABILITY[reliability.grade].label.toLowerCase()}.`;
}

function credibilityLine(credibility: ClaimCodeProps["credibility"]): string {
  if (!credibility.grade) return "Information credibility: not rated yet.";
  const base = `Information credibility ${credibility.grade}: ${CREDIBILITY[credibility.grade].label.toLowerCase()}, from ${credibility.count} rating${credibility.count === 1 ? "" : "s"}`;
  return credibility.isDisputed
    ? `${base}; disputed: analysts are ${credibility.spread} levels apart.`
    : `${base}.`;
}

/**
 * The combined Admiralty code of a claim, e.g. B2: the source's reliability (the speaker's when rated,
 * else the outlet's) then the claim's credibility. The tooltip explains both halves.
 */
export function ClaimCode({ reliability, credibility, size = "md" }: ClaimCodeProps) {
  const letter = reliability.grade ?? "?";
  const digit = credibility.grade ?? "?";
  const label = `Code ${letter}${digit}. ${reliabilityLine(reliability)} ${credibilityLine(credibility)}`;
  const sizing = size === "sm" ? "h-6 text-xs" : "h-7 text-sm";
  const half = "inline-flex items-center px-1.5";
  return (
    <Tooltip
      content={
        <span className="flex flex-col gap-1.5">
          <span>{reliabilityLine(reliability)}</span>
          {reliability.grade && !reliability.isHidden ? (
            <span className="text-muted">{RELIABILITY[reliability.grade].definition}</span>
          ) : null}
          <span>{credibilityLine(credibility)}</span>
          {credibility.grade ? (
            <span className="text-muted">{CREDIBILITY[credibility.grade].definition}</span>
          ) : null}
        </span>
      }
    >
      <span
        tabIndex={0}
        role="img"
        aria-label={label}
        className={cn("inline-flex shrink-0 overflow-hidden rounded-md border font-mono font-bold", sizing)}
      >
        <span
          className={cn(
            half,
            reliability.grade && !reliability.isHidden
              ? GRADE_CLASSES[reliability.grade]
              : "text-muted border-border-strong border-r border-dashed",
          )}
        >
          {letter}
        </span>
        <span className={cn(half, credibility.grade ? LEVEL_CLASSES[credibility.grade] : "text-muted")}>
          {digit}
          {credibility.isDisputed ? <AlertTriangle aria-hidden="true" className="ml-0.5 size-3" /> : null}
        </span>
      </span>
    </Tooltip>
  );
}
