"use client";

import { useId, type ReactNode } from "react";

import { cn } from "@/lib/cn";

import { Label } from "./label";

export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** Help shown under the control. */
  hint?: ReactNode;
  /** The field's error; announced and linked to the control. */
  error?: string | undefined;
  className?: string;
  /** Render the control with the ids and ARIA links it needs. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with its hint and error, wired together for assistive technology:
 * the label names the control, the hint and error describe it, the error marks it invalid.
 */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-muted text-xs">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-danger text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
