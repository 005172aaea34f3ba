"use client";

import { Copy } from "lucide-react";

import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

/** Copy a value to the clipboard, with a clear label of what it is. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  return (
    <Button
      variant="ghost"
      size="icon-sm"
      aria-label={label}
      onClick={() =>
        void navigator.clipboard.writeText(value).then(
          () => toast.success("Copied."),
          () => toast.error("Could not copy. Select the text and copy it by hand."),
        )
      }
    >
      <Copy aria-hidden="true" />
    </Button>
  );
}
