"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { RadioGroup as RadioPrimitive } from "radix-ui";
import { useId, useState, type ReactNode } from "react";

import { fieldError } from "@/components/auth/field-errors";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { CLAIM_LIMITS, TAG_COLORS, type TagColor } from "@/lib/claims";
import type { AppRouter } from "@/server/api/root";

import { TagDot } from "./tag-chip";

export type TeamTag = inferRouterOutputs<AppRouter>["tags"]["list"]["items"][number];

const NONE = "none";

function colorName(color: TagColor): string {
  return color.charAt(0).toUpperCase() + color.slice(1);
}

/** Colour swatches as a radio group (arrow keys move), each named so it is never colour alone. */
function ColorPicker({ value, onChange }: { value: TagColor; onChange: (color: TagColor) => void }) {
  const labelId = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <Label id={labelId}>Colour</Label>
      <RadioPrimitive.Root
        aria-labelledby={labelId}
        value={value}
        onValueChange={(next) => onChange(next as TagColor)}
        className="grid grid-cols-2 gap-1.5 sm:grid-cols-5"
      >
        {TAG_COLORS.map((color) => (
          <RadioPrimitive.Item
            key={color}
            value={color}
            className="border-border hover:border-border-strong data-[state=checked]:border-primary data-[state=checked]:bg-primary-soft focus-visible:outline-ring flex cursor-pointer items-center gap-2 rounded-md border px-2 py-1.5 text-sm focus-visible:outline-2"
          >
            <TagDot color={color} className="size-3.5" />
            {colorName(color)}
          </RadioPrimitive.Item>
        ))}
      </RadioPrimitive.Root>
    </div>
  );
}

/** The form itself, mounted each time the dialog opens so it starts from the tag as it is now. */
function TagForm({
  teamSlug,
  tag,
  tags,
  onDone,
}: {
  teamSlug: string;
  tag: TeamTag | undefined;
  tags: readonly TeamTag[];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(tag?.name ?? "");
  const [color, setColor] = useState<TagColor>(tag?.color ?? "blue");
  const [description, setDescription] = useState(tag?.description ?? "");
  const [parentId, setParentId] = useState(tag?.parentId ?? NONE);
  // Closed first: the first tag turns the empty state into the list, which would remount an open dialog.
  const done = (message: string) => {
    toast.success(message);
    onDone();
    void queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() });
  };
  const create = useMutation(trpc.tags.create.mutationOptions({ onSuccess: () => done("Tag created.") }));
  const update = useMutation(trpc.tags.update.mutationOptions({ onSuccess: () => done("Tag saved.") }));
  const mutation = tag ? update : create;
  const error = mutation.error;
  // "Already exists" is about the name: it is shown there, not in a box above the form.
  const nameError =
    fieldError(error, "name") ?? (error?.data?.appCode === "TAG_EXISTS" ? error.message : undefined);
  const hasChildren = tag ? tags.some((other) => other.parentId === tag.id) : false;
  const parents = tags.filter((other) => !other.parentId && other.id !== tag?.id);

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const fields = {
          teamSlug,
          name,
          color,
          description: description.trim() || null,
          parentId: parentId === NONE ? null : parentId,
        };
        if (tag) update.mutate({ ...fields, tagId: tag.id });
        else create.mutate(fields);
      }}
    >
      {error && !nameError && !error.data?.fieldErrors ? <Alert tone="error">{error.message}</Alert> : null}
      <Field label="Name" error={nameError}>
        {(control) => (
          <Input
            {...control}
            value={name}
            maxLength={CLAIM_LIMITS.tagName}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <ColorPicker value={color} onChange={setColor} />
      <Field label="Description (optional)" error={fieldError(error, "description")}>
        {(control) => (
          <Textarea
            {...control}
            value={description}
            rows={3}
            maxLength={CLAIM_LIMITS.tagDescription}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Parent"
        error={fieldError(error, "parentId")}
        hint={
          hasChildren
            ? "It has sub-tags of its own, so it stays at the top level."
            : "Tags nest one level: a parent is a top-level tag."
        }
      >
        {(control) => (
          <Select
            {...control}
            disabled={hasChildren}
            value={parentId}
            onValueChange={setParentId}
            options={[
              { value: NONE, label: "None (top level)" },
              ...parents.map((parent) => ({ value: parent.id, label: parent.name })),
            ]}
          />
        )}
      </Field>
      <div className="flex justify-end">
        <Button type="submit" isLoading={mutation.isPending}>
          {tag ? "Save" : "Create tag"}
        </Button>
      </div>
    </form>
  );
}

/**
 * Create a tag, or edit one (editors): name, colour, description and parent. Controlled by the list
 * when editing from a tag's menu; with a `trigger` it opens itself ("New tag").
 */
export function TagFormDialog({
  teamSlug,
  tag,
  tags,
  open,
  onOpenChange,
  trigger,
}: {
  teamSlug: string;
  tag?: TeamTag | undefined;
  tags: readonly TeamTag[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger?: ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      <DialogContent
        title={tag ? `Edit tag “${tag.name}”` : "New tag"}
        description={
          tag ? undefined : "Claims get tags from the team's taxonomy; pick a colour to tell them apart."
        }
      >
        <TagForm teamSlug={teamSlug} tag={tag} tags={tags} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
