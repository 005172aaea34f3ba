"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Tags } from "lucide-react";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { TagChip, TagDot } from "@/components/tags/tag-chip";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { TAG_COLORS } from "@/lib/claims";

/**
 * Choose a claim's tags from the team's taxonomy: a searchable checklist in a popover, children under
 * their parents; editors can create a missing tag on the spot.
 */
export function TagPicker({
  teamSlug,
  value,
  onChange,
  label = "Tags",
}: {
  teamSlug: string;
  value: string[];
  onChange: (value: string[]) => void;
  label?: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const searchId = useId();
  const [query, setQuery] = useState("");
  const tags = useQuery(trpc.tags.list.queryOptions({ teamSlug }));
  const create = useMutation(
    trpc.tags.create.mutationOptions({
      onSuccess: async (tag) => {
        onChange([...value, tag.id]);
        setQuery("");
        await queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() });
      },
    }),
  );
  const items = tags.data?.items ?? [];
  const needle = query.trim().toLowerCase();
  const shown = needle ? items.filter((tag) => tag.name.toLowerCase().includes(needle)) : items;
  const hasExact = items.some((tag) => tag.name.toLowerCase() === needle);
  const chosen = items.filter((tag) => value.includes(tag.id));
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((item) => item !== id) : [...value, id]);

  return (
    <div className="flex flex-col gap-1.5">
      <span className="text-sm font-medium">{label}</span>
      <div className="flex flex-wrap items-center gap-1.5">
        {chosen.map((tag) => (
          <TagChip key={tag.id} name={tag.name} color={tag.color} />
        ))}
        <Popover>
          <PopoverTrigger asChild>
            <Button variant="secondary" size="sm" aria-label={`Choose ${label.toLowerCase()}`}>
              <Tags aria-hidden="true" /> {chosen.length ? "Change" : "Add tags"}
            </Button>
          </PopoverTrigger>
          <PopoverContent className="flex max-h-96 flex-col gap-2">
            <label htmlFor={searchId} className="sr-only">
              Find a tag
            </label>
            <Input
              id={searchId}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="Find or create a tag"
              className="h-9"
            />
            <div role="group" aria-label={label} className="flex flex-col gap-0.5 overflow-y-auto">
              {tags.isPending ? <p className="text-muted p-2">Loading tags…</p> : null}
              {shown.map((tag) => (
                <label
                  key={tag.id}
                  className={`hover:bg-surface-muted flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 ${tag.parentId ? "pl-6" : ""}`}
                >
                  <input
                    type="checkbox"
                    checked={value.includes(tag.id)}
                    onChange={() => toggle(tag.id)}
                    className="accent-primary size-4"
                  />
                  <TagDot color={tag.color} />
                  <span className="truncate">{tag.name}</span>
                </label>
              ))}
              {!tags.isPending && shown.length === 0 && !needle ? (
                <p className="text-muted p-2">The team has no tags yet. Type a name to create one.</p>
              ) : null}
            </div>
            {needle && !hasExact && tags.data?.canManage ? (
              <Button
                variant="ghost"
                size="sm"
                className="justify-start"
                isLoading={create.isPending}
                onClick={() =>
                  create.mutate({
                    teamSlug,
                    name: query.trim(),
                    color: TAG_COLORS[items.length % TAG_COLORS.length] ?? "blue",
                  })
                }
              >
                <Plus aria-hidden="true" /> Create tag “{query.trim()}”
              </Button>
            ) : null}
            {create.error ? <p className="text-danger text-xs">{create.error.message}</p> : null}
          </PopoverContent>
        </Popover>
      </div>
    </div>
  );
}
