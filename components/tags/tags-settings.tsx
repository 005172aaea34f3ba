"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Merge, MoreHorizontal, Pencil, Plus, Tags, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";
import { LoadError } from "@/components/ui/query-states";

import { TagDot } from "./tag-chip";
import { TagFormDialog, type TeamTag } from "./tag-form-dialog";
import { TagMergeDialog } from "./tag-merge-dialog";

type Action = { kind: "edit" | "merge" | "delete"; tag: TeamTag } | null;

function claimsWord(count: number): string {
  return `${count} claim${count === 1 ? "" : "s"}`;
}

function deleteText(tag: TeamTag, childCount: number): string {
  const lose = `${claimsWord(tag.claimCount)} ${tag.claimCount === 1 ? "loses" : "lose"} it`;
  return childCount > 0
    ? `${lose}; its children move to the top level.`
    : `${lose}. The claims themselves stay.`;
}

/** One tag's line: colour, name (to its claims), description, how many claims carry it, its menu. */
function TagLine({
  teamSlug,
  tag,
  canManage,
  onAction,
}: {
  teamSlug: string;
  tag: TeamTag;
  canManage: boolean;
  onAction: (kind: "edit" | "merge" | "delete") => void;
}) {
  return (
    <div className="flex items-start gap-3 py-3">
      <TagDot color={tag.color} className="mt-1.5 size-3" />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <Link
          href={`/t/${teamSlug}/claims?tag=${tag.id}`}
          className="hover:text-primary self-start font-medium break-words hover:underline"
        >
          {tag.name}
        </Link>
        {tag.description ? <p className="text-muted text-sm break-words">{tag.description}</p> : null}
      </div>
      <span className="text-muted shrink-0 pt-0.5 text-sm tabular-nums">{claimsWord(tag.claimCount)}</span>
      {canManage ? (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${tag.name}`}>
              <MoreHorizontal aria-hidden="true" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuItem onSelect={() => onAction("edit")}>
              <Pencil aria-hidden="true" /> Edit
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => onAction("merge")}>
              <Merge aria-hidden="true" /> Merge into…
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onAction("delete")} className="text-danger">
              <Trash2 aria-hidden="true" /> Delete
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      ) : null}
    </div>
  );
}

/**
 * The team's taxonomy as a tree (top-level tags, their sub-tags indented) with how many claims carry
 * each. Editors create, edit, merge and delete tags here; viewers read it.
 */
export function TagsSettings({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.tags.list.queryOptions({ teamSlug }));
  const [isCreating, setCreating] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const remove = useMutation(
    trpc.tags.delete.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() }),
        ]);
        toast.success("Tag deleted.");
        setAction(null);
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  if (query.isPending)
    return (
      <div className="flex flex-col gap-3" role="status" aria-label="Loading tags">
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
      </div>
    );
  if (query.isError)
    return (
      <LoadError
        title="The tags could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
      />
    );

  const { items, canManage } = query.data;
  const ids = new Set(items.map((tag) => tag.id));
  // A sub-tag whose parent is gone is shown at the top level rather than lost.
  const roots = items.filter((tag) => !tag.parentId || !ids.has(tag.parentId));
  const childrenOf = (id: string) => items.filter((tag) => tag.parentId === id);
  const close = (open: boolean) => {
    if (!open) setAction(null);
  };
  const newTag = canManage ? (
    <TagFormDialog
      teamSlug={teamSlug}
      tags={items}
      open={isCreating}
      onOpenChange={setCreating}
      trigger={
        <Button>
          <Plus aria-hidden="true" /> New tag
        </Button>
      }
    />
  ) : null;

  return (
    <div className="flex flex-col gap-4">
      {items.length === 0 ? (
        <EmptyState
          icon={Tags}
          title="No tags yet"
          description={
            canManage
              ? "Tags sort claims into the team's themes, for example one per track of an assessment. Create the first one."
              : "Editors create the team's tags; they will be listed here."
          }
          action={newTag}
        />
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-muted text-sm">
              {items.length} tag{items.length === 1 ? "" : "s"}
              {canManage ? "" : ". Editors manage them."}
            </p>
            {newTag}
          </div>
          <ul
            aria-label="Tags"
            className="border-border bg-surface divide-border divide-y rounded-lg border px-4"
          >
            {roots.map((tag) => {
              const children = childrenOf(tag.id);
              return (
                <li key={tag.id}>
                  <TagLine
                    teamSlug={teamSlug}
                    tag={tag}
                    canManage={canManage}
                    onAction={(kind) => setAction({ kind, tag })}
                  />
                  {children.length > 0 ? (
                    <ul
                      aria-label={`Sub-tags of ${tag.name}`}
                      className="border-border divide-border ml-6 divide-y border-t"
                    >
                      {children.map((child) => (
                        <li key={child.id}>
                          <TagLine
                            teamSlug={teamSlug}
                            tag={child}
                            canManage={canManage}
                            onAction={(kind) => setAction({ kind, tag: child })}
                          />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {action?.kind === "edit" ? (
        <TagFormDialog teamSlug={teamSlug} tag={action.tag} tags={items} open onOpenChange={close} />
      ) : null}
      {action?.kind === "merge" ? (
        <TagMergeDialog teamSlug={teamSlug} tag={action.tag} tags={items} open onOpenChange={close} />
      ) : null}
      {action?.kind === "delete" ? (
        <ConfirmDialog
          open
          onOpenChange={close}
          title={`Delete tag ${action.tag.name}?`}
          description={deleteText(action.tag, childrenOf(action.tag.id).length)}
          confirmLabel="Delete tag"
          isPending={remove.isPending}
          onConfirm={() => remove.mutate({ teamSlug, tagId: action.tag.id })}
        />
      ) : null}
    </div>
  );
}
