"use client";

import { Check, ChevronDown } from "lucide-react";
import { DropdownMenu as MenuPrimitive } from "radix-ui";
import type { ReactNode } from "react";

import { TagDot } from "@/components/tags/tag-chip";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { inputClasses } from "@/components/ui/input";
import { cn } from "@/lib/cn";

/** A tag as the menus need it; tags.list returns parents each followed by their children. */
export interface MenuTag {
  id: string;
  name: string;
  color: string;
  parentId: string | null;
}

const NO_TAGS = "The team has no tags yet. Editors add them under Team → Tags.";

/**
 * The tag filter: a menu of the team's tags as checkboxes, staying open while several are ticked.
 * Named by its visible label (`labelId`) and what is chosen ("Tags Any tag"), so the name holds the
 * button's visible text.
 */
export function TagFilterMenu({
  labelId,
  tags,
  value,
  onChange,
}: {
  /** The id of the visible "Tags" label, which names the button. */
  labelId: string;
  tags: readonly MenuTag[];
  value: readonly string[];
  onChange: (tagIds: string[]) => void;
}) {
  const chosen = tags.filter((tag) => value.includes(tag.id));
  const summary =
    chosen.length === 0
      ? "Any tag"
      : chosen.length === 1
        ? (chosen[0]?.name ?? "1 tag")
        : `${chosen.length} tags`;
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger
        aria-labelledby={`${labelId} ${labelId}-summary`}
        className={cn(inputClasses, "flex items-center justify-between gap-2 text-left")}
      >
        <span id={`${labelId}-summary`} className={cn("truncate", chosen.length === 0 && "text-muted")}>
          {summary}
        </span>
        <ChevronDown aria-hidden="true" className="text-muted size-4 shrink-0" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-80 overflow-y-auto">
        {tags.length === 0 ? <DropdownMenuLabel>{NO_TAGS}</DropdownMenuLabel> : null}
        {tags.map((tag) => {
          const isOn = value.includes(tag.id);
          return (
            <MenuPrimitive.CheckboxItem
              key={tag.id}
              checked={isOn}
              // Stay open: picking several tags is the usual case.
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={(checked) =>
                onChange(checked ? [...value, tag.id] : value.filter((tagId) => tagId !== tag.id))
              }
              className={cn(
                "data-[highlighted]:bg-surface-muted relative flex cursor-pointer items-center gap-2 rounded-sm py-1.5 pr-2 pl-7 outline-none select-none",
                tag.parentId && "pl-11",
              )}
            >
              <MenuPrimitive.ItemIndicator
                className={cn("absolute inline-flex", tag.parentId ? "left-6" : "left-2")}
              >
                <Check aria-hidden="true" className="text-primary size-4" />
              </MenuPrimitive.ItemIndicator>
              <TagDot color={tag.color} />
              {tag.name}
            </MenuPrimitive.CheckboxItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** A button opening a menu of the team's tags; picking one calls `onPick` (bulk add or remove). */
export function TagPickerMenu({
  label,
  icon,
  tags,
  disabled,
  onPick,
}: {
  label: string;
  icon: ReactNode;
  tags: readonly MenuTag[];
  disabled?: boolean;
  onPick: (tag: MenuTag) => void;
}) {
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm" disabled={disabled ?? false}>
          {icon}
          {label}
          <ChevronDown aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-80 overflow-y-auto">
        {tags.length === 0 ? <DropdownMenuLabel>{NO_TAGS}</DropdownMenuLabel> : null}
        {tags.map((tag) => (
          <DropdownMenuItem key={tag.id} onSelect={() => onPick(tag)} className={cn(tag.parentId && "pl-6")}>
            <TagDot color={tag.color} />
            {tag.name}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
