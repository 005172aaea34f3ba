"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Merge } from "lucide-react";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { cn } from "@/lib/cn";

/** Merge this source into another one: pick the one to keep by searching for it (editors). */
export function MergeSourceDialog({
  teamSlug,
  source,
}: {
  teamSlug: string;
  source: { id: string; name: string };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isOpen, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [targetId, setTargetId] = useState<string | null>(null);
  const search = useDeferredValue(q.trim());
  const candidates = useQuery({
    ...trpc.sources.list.queryOptions({ teamSlug, q: search || undefined, limit: 8 }),
    enabled: isOpen,
  });
  const merge = useMutation(
    trpc.sources.merge.mutationOptions({
      onSuccess: (kept) => {
        toast.success(`Merged into ${kept.name}.`);
        router.push(`/t/${teamSlug}/sources/${kept.id}`);
        router.refresh();
      },
    }),
  );
  const options = (candidates.data?.items ?? []).filter((item) => item.id !== source.id);
  return (
    <Dialog open={isOpen} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost">
          <Merge aria-hidden="true" /> Merge into…
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Merge “${source.name}” into another source`}
        description="Use this for duplicates. Its articles and ratings move to the source you keep, and it disappears from the lists."
      >
        {merge.error ? <Alert tone="error">{merge.error.message}</Alert> : null}
        <Field label="Find the source to keep">
          {(control) => (
            <Input {...control} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
          )}
        </Field>
        <ul role="listbox" aria-label="Sources" className="flex max-h-64 flex-col gap-1 overflow-y-auto">
          {options.map((item) => (
            <li key={item.id} role="option" aria-selected={targetId === item.id}>
              <button
                type="button"
                onClick={() => setTargetId(item.id)}
                className={cn(
                  "border-border hover:bg-surface-muted w-full rounded-md border px-3 py-2 text-left text-sm",
                  targetId === item.id && "border-primary bg-primary-soft",
                )}
              >
                {item.name} <span className="text-muted text-xs">· {item.articleCount} articles</span>
              </button>
            </li>
          ))}
          {options.length === 0 ? <li className="text-muted text-sm">No other sources match.</li> : null}
        </ul>
        <div className="flex justify-end">
          <Button
            variant="danger"
            disabled={!targetId}
            isLoading={merge.isPending}
            onClick={() => targetId && merge.mutate({ teamSlug, sourceId: source.id, intoId: targetId })}
          >
            Merge
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
