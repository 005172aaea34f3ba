"use client";

import { useMutation } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The assessment's title, renamed in place by editors. */
export function AssessmentTitle({
  teamSlug,
  assessmentId,
  title,
  canEdit,
}: {
  teamSlug: string;
  assessmentId: string;
  title: string;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isEditing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const rename = useMutation(
    trpc.assessments.update.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        router.refresh();
      },
    }),
  );
  if (!isEditing)
    return (
      <div className="flex items-start gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        {canEdit ? (
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label="Rename assessment"
            onClick={() => setEditing(true)}
          >
            <Pencil aria-hidden="true" />
          </Button>
        ) : null}
      </div>
    );
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(event) => {
        event.preventDefault();
        rename.mutate({ teamSlug, assessmentId, title: value });
      }}
    >
      <label htmlFor="assessment-title" className="sr-only">
        Title
      </label>
      <Input
        id="assessment-title"
        value={value}
        maxLength={200}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={rename.error ? true : undefined}
        aria-describedby={rename.error ? "assessment-title-error" : undefined}
        className="text-lg font-semibold sm:max-w-xl"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" isLoading={rename.isPending}>
          Save
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
      {rename.error ? (
        <p id="assessment-title-error" className="text-danger text-sm">
          {rename.error.message}
        </p>
      ) : null}
    </form>
  );
}
