"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, Copy, Loader2, XCircle } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";

import { useTRPC, useTRPCClient } from "@/components/providers/trpc-provider";
import { Progress } from "@/components/ui/progress";

import { MAX_FILE_BYTES, formatBytes, readFileAsBase64, type ImportPreview } from "./import-types";

export type BulkItem = { kind: "file"; file: File } | { kind: "url"; url: string };

type Outcome =
  | { state: "waiting" | "working" }
  | { state: "attached" | "duplicate"; articleId: string; title: string }
  | { state: "failed"; message: string };

const CONCURRENCY = 2;

function labelOf(item: BulkItem): string {
  return item.kind === "file" ? `${item.file.name} (${formatBytes(item.file.size)})` : item.url;
}

/**
 * Import many files or URLs, each attached with the details found, two at a time. Every item gets
 * its own outcome; a failure is reported and the rest go on.
 */
export function BulkImport({ teamSlug, items }: { teamSlug: string; items: BulkItem[] }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [outcomes, setOutcomes] = useState<Outcome[]>(() => items.map(() => ({ state: "waiting" })));
  // The list is imported once, however often the component renders.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const set = (index: number, outcome: Outcome) =>
      setOutcomes((current) => current.map((value, at) => (at === index ? outcome : value)));

    async function run(index: number) {
      const item = items[index];
      if (!item) return;
      set(index, { state: "working" });
      try {
        let preview: ImportPreview;
        if (item.kind === "file") {
          if (item.file.size > MAX_FILE_BYTES)
            throw new Error("This file is too large: files can be at most 20 MB.");
          preview = await client.articles.importFile.mutate({
            teamSlug,
            fileName: item.file.name,
            contentBase64: await readFileAsBase64(item.file),
          });
        } else {
          preview = await client.articles.importUrl.mutate({ teamSlug, url: item.url });
        }
        const result = await client.articles.create.mutate({
          teamSlug,
          importId: preview.importId,
          title: preview.suggested.title,
        });
        set(index, { state: result.status, articleId: result.articleId, title: preview.suggested.title });
      } catch (error) {
        set(index, { state: "failed", message: error instanceof Error ? error.message : "Import failed." });
      }
    }

    let next = 0;
    const worker = async () => {
      while (next < items.length) await run(next++);
    };
    void Promise.all(Array.from({ length: CONCURRENCY }, worker)).then(() =>
      queryClient.invalidateQueries({ queryKey: trpc.articles.list.pathKey() }),
    );
  }, [items, teamSlug, client, queryClient, trpc]);

  const done = outcomes.filter(
    (outcome) => outcome.state !== "waiting" && outcome.state !== "working",
  ).length;
  const failed = outcomes.filter((outcome) => outcome.state === "failed").length;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <p className="text-sm" role="status">
          {done < items.length
            ? `Importing… ${done} of ${items.length} done`
            : `Done: ${items.length - failed} imported, ${failed} failed`}
        </p>
        <Progress value={done} max={items.length} label="Import progress" />
      </div>
      <ul
        className="divide-border border-border flex max-h-80 flex-col divide-y overflow-y-auto rounded-md border"
        aria-label="Import results"
      >
        {items.map((item, index) => {
          const outcome = outcomes[index] ?? { state: "waiting" };
          return (
            <li key={index} className="flex items-start gap-2 px-3 py-2 text-sm">
              {outcome.state === "working" ? (
                <Loader2 aria-hidden="true" className="text-muted mt-0.5 size-4 shrink-0 animate-spin" />
              ) : outcome.state === "attached" ? (
                <CheckCircle2 aria-hidden="true" className="text-success mt-0.5 size-4 shrink-0" />
              ) : outcome.state === "duplicate" ? (
                <Copy aria-hidden="true" className="text-warning mt-0.5 size-4 shrink-0" />
              ) : outcome.state === "failed" ? (
                <XCircle aria-hidden="true" className="text-danger mt-0.5 size-4 shrink-0" />
              ) : (
                <span aria-hidden="true" className="bg-border-strong mt-1.5 size-2 shrink-0 rounded-full" />
              )}
              <div className="flex min-w-0 flex-col">
                <span className="truncate font-medium">{labelOf(item)}</span>
                <span className="text-muted text-xs">
                  {outcome.state === "waiting" ? "Waiting" : null}
                  {outcome.state === "working" ? "Importing…" : null}
                  {outcome.state === "attached" || outcome.state === "duplicate" ? (
                    <>
                      {outcome.state === "attached" ? "Attached: " : "Already in the library: "}
                      <Link
                        className="text-primary underline"
                        href={`/t/${teamSlug}/articles/${outcome.articleId}`}
                      >
                        {outcome.title}
                      </Link>
                    </>
                  ) : null}
                  {outcome.state === "failed" ? (
                    <span className="text-danger">Failed: {outcome.message}</span>
                  ) : null}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
