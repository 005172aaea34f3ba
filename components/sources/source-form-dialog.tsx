"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type SourceKind } from "@/lib/sources";

const KIND_OPTIONS = SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_LABELS[kind] }));

export interface SourceDraft {
  id?: string;
  kind: SourceKind;
  name: string;
  url: string | null;
  description: string | null;
}

/** Add a source by hand, or edit one (editors). */
export function SourceFormDialog({ teamSlug, source }: { teamSlug: string; source?: SourceDraft }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? "outlet");
  const [name, setName] = useState(source?.name ?? "");
  const [url, setUrl] = useState(source?.url ?? "");
  const [description, setDescription] = useState(source?.description ?? "");
  const done = async (message: string, id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.sources.list.pathKey() });
    setOpen(false);
    toast.success(message);
    if (source) router.refresh();
    else router.push(`/t/${teamSlug}/sources/${id}`);
  };
  const create = useMutation(
    trpc.sources.create.mutationOptions({ onSuccess: (created) => done("Source added.", created.id) }),
  );
  const update = useMutation(
    trpc.sources.update.mutationOptions({ onSuccess: (updated) => done("Source saved.", updated.id) }),
  );
  const mutation = source ? update : create;
  const error = mutation.error;

  return (
    <Dialog open={isOpen} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {source ? (
          <Button variant="secondary">
            <Pencil aria-hidden="true" /> Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden="true" /> Add source
          </Button>
        )}
      </DialogTrigger>
      <DialogContent title={source ? "Edit source" : "Add a source"}>
        <form
          className="flex flex-col gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (source?.id)
              update.mutate({
                teamSlug,
                sourceId: source.id,
                kind,
                name,
                url: url || null,
                description: description || null,
              });
            else
              create.mutate({
                teamSlug,
                kind,
                name,
                url: url || undefined,
                description: description || undefined,
              });
          }}
        >
          {error && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
          <Field label="Kind">
            {(control) => (
              <Select
                {...control}
                value={kind}
                onValueChange={(value) => setKind(value as SourceKind)}
                options={KIND_OPTIONS}
              />
            )}
          </Field>
          <Field
            label="Name"
            error={fieldError(error, "name")}
            hint="For an outlet, its name or its domain (news.az)."
          >
            {(control) => (
              <Input
                {...control}
                value={name}
                maxLength={200}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field label="Web address (optional)" error={fieldError(error, "url")}>
            {(control) => (
              <Input {...control} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
            )}
          </Field>
          <Field label="Description (optional)" error={fieldError(error, "description")}>
            {(control) => (
              <Textarea
                {...control}
                value={description}
                maxLength={2000}
                rows={3}
                onChange={(event) => setDescription(event.target.value)}
              />
            )}
          </Field>
          <div className="flex justify-end">
            <Button type="submit" isLoading={mutation.isPending}>
              {source ? "Save" : "Add source"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
