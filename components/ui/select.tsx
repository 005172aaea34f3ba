"use client";

import { Check, ChevronDown } from "lucide-react";
import { Select as SelectPrimitive } from "radix-ui";
import type { ComponentProps } from "react";

import { cn } from "@/lib/cn";

import { inputClasses } from "./input";

export interface SelectOption {
  value: string;
  label: string;
  description?: string;
}

/**
 * A single-choice list on Radix Select (a combobox to assistive technology). Pass `id` and the ARIA
 * props from a Field, or an `aria-label` when there is no visible label.
 */
export function Select({
  value,
  onValueChange,
  options,
  placeholder,
  className,
  disabled,
  ...triggerProps
}: {
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  className?: string;
  disabled?: boolean;
} & Omit<ComponentProps<typeof SelectPrimitive.Trigger>, "value" | "onChange" | "disabled">) {
  return (
    <SelectPrimitive.Root value={value} onValueChange={onValueChange} disabled={disabled ?? false}>
      <SelectPrimitive.Trigger
        className={cn(inputClasses, "flex items-center justify-between gap-2 text-left", className)}
        {...triggerProps}
      >
        {/* The label is given explicitly so it renders on the server and before the list first opens. */}
        <SelectPrimitive.Value placeholder={placeholder}>
          {options.find((option) => option.value === value)?.label}
        </SelectPrimitive.Value>
        <SelectPrimitive.Icon>
          <ChevronDown aria-hidden="true" className="text-muted size-4" />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="border-border bg-surface z-50 max-h-80 min-w-(--radix-select-trigger-width) overflow-hidden rounded-md border text-sm shadow-lg"
        >
          <SelectPrimitive.Viewport className="p-1">
            {options.map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                className="data-[highlighted]:bg-surface-muted relative flex cursor-pointer flex-col rounded-sm py-1.5 pr-2 pl-7 outline-none select-none"
              >
                <SelectPrimitive.ItemIndicator className="absolute top-2 left-2">
                  <Check aria-hidden="true" className="text-primary size-4" />
                </SelectPrimitive.ItemIndicator>
                <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                {option.description ? <span className="text-muted text-xs">{option.description}</span> : null}
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
