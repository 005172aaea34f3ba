import type { ComponentProps } from "react";

import { cn } from "@/lib/cn";

export const inputClasses =
  "block h-10 w-full rounded-md border border-border-strong bg-surface px-3 text-sm text-foreground shadow-xs placeholder:text-muted focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-danger";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(inputClasses, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(inputClasses, "h-auto min-h-24 py-2", className)} {...props} />;
}
