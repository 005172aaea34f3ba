"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Minus, Plus, X } from "lucide-react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

import { TagPickerMenu, type MenuTag } from "./tag-menus";

/** claims.tag takes at most this many claims at once. */
export const MAX_BULK = 200;

function claimsWord(count: number): string {
  return `${count} claim${count === 1 ? "" : "s"}`;
}

/**
 * What to do with the selected claims: add a tag to all of them or remove one from all of them, in one
 * request. The selection stays, so several tags can be applied in a row.
 */
export function ClaimsBulkBar({
  teamSlug,
  selectedIds,
  onClear,
}: {
  teamSlug: string;
  selectedIds: readonly string[];
  onClear: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tags = useQuery(trpc.tags.list.queryOptions({ teamSlug }));
  const tag = useMutation(
    trpc.claims.tag.mutationOptions({
      onSuccess: async (result, input) => {
        const isAdding = (input.addTagIds?.length ?? 0) > 0;
        const name = tags.data?.items.find(
          (item) => item.id === (input.addTagIds?.[0] ?? input.removeTagIds?.[0]),
        )?.name;
        toast.success(`${isAdding ? "Tagged" : "Untagged"} ${claimsWord(result.updated)}`, {
          description: name ? `“${name}” ${isAdding ? "added" : "removed"}.` : undefined,
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.claims.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() }),
        ]);
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const isTooMany = selectedIds.length > MAX_BULK;
  const apply = (picked: MenuTag, mode: "add" | "remove") =>
    tag.mutate({
      teamSlug,
      claimIds: [...selectedIds],
      addTagIds: mode === "add" ? [picked.id] : [],
      removeTagIds: mode === "remove" ? [picked.id] : [],
    });
  const items = tags.data?.items ?? [];

  return (
    <div
      role="region"
      aria-label="Selected claims"
      className="border-primary bg-surface sticky bottom-4 z-20 flex flex-wrap items-center gap-2 rounded-lg border p-3 shadow-lg"
    >
      <p className="mr-auto text-sm font-medium" aria-live="polite">
        {selectedIds.length} selected
        {isTooMany ? (
          <span className="text-danger ml-2 font-normal">Tag at most {MAX_BULK} claims at once.</span>
        ) : null}
      </p>
      <TagPickerMenu
        label="Add tag"
        icon={<Plus aria-hidden="true" />}
        tags={items}
        disabled={tag.isPending || isTooMany}
        onPick={(picked) => apply(picked, "add")}
      />
      <TagPickerMenu
        label="Remove tag"
        icon={<Minus aria-hidden="true" />}
        tags={items}
        disabled={tag.isPending || isTooMany}
        onPick={(picked) => apply(picked, "remove")}
      />
      <Button variant="ghost" size="sm" onClick={onClear}>
        <X aria-hidden="true" /> Clear selection
      </Button>
    </div>
  );
}
