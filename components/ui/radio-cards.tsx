"use client";

import { RadioGroup as RadioPrimitive } from "radix-ui";
import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

export interface RadioCardOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  /** Shown large at the start: a grade letter, say. */
  badge?: ReactNode;
}

/**
 * A single choice shown as cards with their definitions (Radix RadioGroup: arrow keys move, the group
 * is named by `aria-label` or `aria-labelledby`).
 */
export function RadioCards({
  value,
  onValueChange,
  options,
  className,
  ...aria
}: {
  value: string;
  onValueChange: (value: string) => void;
  options: readonly RadioCardOption[];
  className?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
}) {
  return (
    <RadioPrimitive.Root
      value={value}
      onValueChange={onValueChange}
      className={cn("grid gap-2", className)}
      {...aria}
    >
      {options.map((option) => (
        <RadioPrimitive.Item
          key={option.value}
          value={option.value}
          className="border-border bg-surface hover:border-border-strong data-[state=checked]:border-primary data-[state=checked]:bg-primary-soft flex cursor-pointer items-start gap-3 rounded-md border p-3 text-left"
        >
          {option.badge ? <span className="shrink-0">{option.badge}</span> : null}
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium">{option.label}</span>
            {option.description ? <span className="text-muted text-xs">{option.description}</span> : null}
          </span>
        </RadioPrimitive.Item>
      ))}
    </RadioPrimitive.Root>
  );
}
