"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Download, Printer } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

/** Save a text as a file in the browser's downloads. */
function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export a version (or the draft) as Markdown, or open its print-ready page (saves as PDF). */
export function ExportActions({
  teamSlug,
  assessmentId,
  number,
}: {
  teamSlug: string;
  assessmentId: string;
  /** A published version; absent: the current draft. */
  number?: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isExporting, setExporting] = useState(false);
  const printHref = `/t/${teamSlug}/assessments/${assessmentId}/print${number ? `?version=${number}` : ""}`;
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        isLoading={isExporting}
        onClick={async () => {
          setExporting(true);
          try {
            const file = await queryClient.fetchQuery(
              trpc.assessments.exportMarkdown.queryOptions(
                { teamSlug, assessmentId, number },
                { staleTime: 0 },
              ),
            );
            download(file.fileName, file.markdown);
          } catch (error) {
            toast.error(error instanceof Error ? error.message : "The export failed. Try again.");
          } finally {
            setExporting(false);
          }
        }}
      >
        <Download aria-hidden="true" /> Export Markdown
      </Button>
      <Button size="sm" variant="secondary" asChild>
        <Link href={printHref} target="_blank">
          <Printer aria-hidden="true" /> Print or save as PDF
        </Link>
      </Button>
    </div>
  );
}
