"use client";

import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

/** Native checkboxes in the app's accent colour. */
export const CHECKBOX_CLASSES = "size-4 shrink-0 accent-[var(--primary)]";

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  /** The longer explanation, on hover. */
  title?: string;
  /** Shown before the label, e.g. a credibility digit in its colour; part of the checkbox's name. */
  badge?: ReactNode;
}

/**
 * A multiple choice as a fieldset of labelled native checkboxes (the legend names the group), for
 * filters such as status and credibility. An empty choice is reported as undefined: no filter.
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  className,
}: {
  legend: string;
  options: readonly CheckboxOption<T>[];
  value: readonly T[] | undefined;
  onChange: (next: T[] | undefined) => void;
  className?: string;
}) {
  const chosen = value ?? [];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className={cn("flex flex-wrap gap-x-4 gap-y-2", className && "grid", className)}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm" title={option.title}>
            <input
              type="checkbox"
              className={CHECKBOX_CLASSES}
              checked={chosen.includes(option.value)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((item) => item !== option.value);
                onChange(next.length ? next : undefined);
              }}
            />
            {option.badge}
            {option.badge ? " " : null}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
