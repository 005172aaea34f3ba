"use client";

import { Upload } from "lucide-react";
import { useId, useState } from "react";

import { cn } from "@/lib/cn";

import { ACCEPTED_FILES } from "./import-types";

/**
 * Choose files or drop them here. The real control is a labelled file input, so the zone works with
 * the keyboard and screen readers as well as by dragging.
 */
export function FileDropZone({
  onFiles,
  multiple = true,
}: {
  onFiles: (files: File[]) => void;
  multiple?: boolean;
}) {
  const id = useId();
  const [isOver, setOver] = useState(false);
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
      className={cn(
        "border-border-strong bg-surface-muted/40 flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center",
        isOver && "border-primary bg-primary-soft",
      )}
    >
      <Upload aria-hidden="true" className="text-muted size-6" />
      <label htmlFor={id} className="text-primary cursor-pointer text-sm font-medium hover:underline">
        Choose files to upload
      </label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={ACCEPTED_FILES}
        className="sr-only"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <p className="text-muted text-xs">or drop them here · .txt, .md, .html, .pdf · up to 20 MB each</p>
    </div>
  );
}
