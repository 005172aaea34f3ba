import { ScanSearch } from "lucide-react";

import { cn } from "@/lib/cn";

/** The product's mark and name. */
export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span className="bg-primary text-primary-foreground flex size-7 items-center justify-center rounded-md">
        <ScanSearch aria-hidden="true" className="size-4" />
      </span>
      Analyst Workspace
    </span>
  );
}
