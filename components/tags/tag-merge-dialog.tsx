"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";

import type { TeamTag } from "./tag-form-dialog";

function claimsWord(count: number): string {
  return `${count} claim${count === 1 ? "" : "s"}`;
}

/** The body, mounted on each opening so no earlier choice or error lingers. */
function MergeForm({
  teamSlug,
  tag,
  tags,
  onDone,
}: {
  teamSlug: string;
  tag: TeamTag;
  tags: readonly TeamTag[];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [intoId, setIntoId] = useState("");
  const merge = useMutation(
    trpc.tags.merge.mutationOptions({
      onSuccess: async (kept) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() }),
        ]);
        toast.success(`Merged into ${kept.name}.`);
        onDone();
      },
    }),
  );
  const into = tags.find((other) => other.id === intoId);
  const childCount = tags.filter((other) => other.parentId === tag.id).length;
  const options = tags
    .filter((other) => other.id !== tag.id)
    .map((other) => ({
      value: other.id,
      label: other.name,
      description: `${claimsWord(other.claimCount)}${other.parentId ? " · sub-tag" : ""}`,
    }));

  return (
    <div className="flex flex-col gap-4">
      {merge.error ? <Alert tone="error">{merge.error.message}</Alert> : null}
      {options.length === 0 ? (
        <p className="text-muted text-sm">There is no other tag to merge it into.</p>
      ) : (
        <Field label="Merge into">
          {(control) => (
            <Select
              {...control}
              value={intoId}
              placeholder="Choose a tag"
              onValueChange={setIntoId}
              options={options}
            />
          )}
        </Field>
      )}
      {into ? (
        <p className="text-sm" role="status">
          {claimsWord(tag.claimCount)} will move to {into.name}.
          {childCount > 0
            ? ` Its ${childCount === 1 ? "sub-tag moves" : `${childCount} sub-tags move`} ${into.parentId ? "to the top level" : `under ${into.name}`}.`
            : null}{" "}
          “{tag.name}” is then deleted.
        </p>
      ) : null}
      <div className="flex justify-end">
        <Button
          variant="danger"
          disabled={!into}
          isLoading={merge.isPending}
          onClick={() => into && merge.mutate({ teamSlug, tagId: tag.id, intoId: into.id })}
        >
          Merge
        </Button>
      </div>
    </div>
  );
}

/** Merge a tag into another (editors): for duplicates. Its claims and sub-tags move to the one kept. */
export function TagMergeDialog({
  teamSlug,
  tag,
  tags,
  open,
  onOpenChange,
}: {
  teamSlug: string;
  tag: TeamTag;
  tags: readonly TeamTag[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={`Merge “${tag.name}” into another tag`}
        description="Use this for duplicates: the claims keep the tag you choose."
      >
        <MergeForm teamSlug={teamSlug} tag={tag} tags={tags} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
