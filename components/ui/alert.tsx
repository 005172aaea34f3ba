import { AlertTriangle, CheckCircle2, Info } from "lucide-react";
import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

const TONES = {
  error: {
    classes: "border-danger/40 bg-danger-soft text-foreground",
    Icon: AlertTriangle,
    iconClass: "text-danger",
  },
  info: {
    classes: "border-primary/30 bg-primary-soft text-foreground",
    Icon: Info,
    iconClass: "text-primary",
  },
  success: {
    classes: "border-success/40 bg-success-soft text-foreground",
    Icon: CheckCircle2,
    iconClass: "text-success",
  },
  warning: {
    classes: "border-warning/40 bg-warning-soft text-foreground",
    Icon: AlertTriangle,
    iconClass: "text-warning",
  },
} as const;

/** A message box. Errors are announced at once (role=alert); the others politely (role=status). */
export function Alert({
  tone = "info",
  title,
  children,
  className,
}: {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const { classes, Icon, iconClass } = TONES[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex gap-3 rounded-md border px-3 py-2.5 text-sm", classes, className)}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-4 shrink-0", iconClass)} />
      <div className="flex flex-col gap-0.5">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
