"use client";

import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useDeferredValue, useId, useState, type KeyboardEvent } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { inputClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";
import { SOURCE_KIND_LABELS, type SourceKind } from "@/lib/sources";

/**
 * Pick one of the team's sources by typing part of its name (the server's fuzzy search): a combobox
 * whose list opens as you type; arrow keys move, Enter picks, Escape puts the chosen name back.
 * Used for the speaker and outlet filters, where a team may have hundreds of sources.
 */
export function SourceCombobox({
  teamSlug,
  label,
  placeholder,
  kind,
  value,
  selectedName,
  onChange,
}: {
  teamSlug: string;
  label: string;
  placeholder: string;
  /** Only sources of this kind (outlets for the outlet filter). */
  kind?: SourceKind;
  value: string | undefined;
  /** The chosen source's name, when known; else a neutral stand-in is shown. */
  selectedName: string | undefined;
  onChange: (source: { id: string; name: string } | undefined) => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const listId = `${id}-list`;
  const labelId = `${id}-label`;
  // null while not typing: the input then shows the chosen source's name.
  const [draft, setDraft] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const isOpen = draft !== null;
  const search = useDeferredValue(draft?.trim() ?? "");
  const sources = useQuery({
    ...trpc.sources.list.queryOptions({ teamSlug, q: search || undefined, kind, limit: 8 }),
    enabled: isOpen,
  });
  const options = sources.data?.items ?? [];
  const shown = value ? (selectedName ?? `Chosen ${label.toLowerCase()}`) : "";

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    onChange({ id: option.id, name: option.name });
    setDraft(null);
  };
  const close = () => {
    // Emptying the box and leaving it clears the filter, as the clear button does.
    if (draft !== null && draft.trim() === "" && value) onChange(undefined);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen) {
        setDraft("");
        setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : 0));
    } else if (event.key === "Enter" && isOpen) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape" && isOpen) {
      event.preventDefault();
      setDraft(null);
    }
  };

  return (
    <div className="flex flex-col gap-1.5">
      <Label id={labelId} htmlFor={id}>
        {label}
      </Label>
      <div className="relative">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={isOpen}
          aria-controls={isOpen ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={isOpen && options[active] ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={draft ?? shown}
          onChange={(event) => {
            setDraft(event.target.value);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onBlur={close}
          onKeyDown={onKeyDown}
          className={cn(inputClasses, value && "pr-9")}
        />
        {value ? (
          <button
            type="button"
            // Named "Clear", described by the field's label, so getByLabel("Speaker") finds only the box.
            aria-label="Clear"
            aria-describedby={labelId}
            onClick={() => {
              onChange(undefined);
              setDraft(null);
            }}
            className="text-muted hover:bg-surface-muted hover:text-foreground absolute top-1/2 right-1.5 -translate-y-1/2 rounded-md p-1"
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        ) : null}
        {isOpen ? (
          <ul
            id={listId}
            role="listbox"
            className="border-border bg-surface absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-md border p-1 text-sm shadow-lg"
          >
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                // Keep the input focused so its blur does not close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(index)}
                onMouseEnter={() => setActive(index)}
                className={cn(
                  "flex cursor-pointer items-baseline justify-between gap-2 rounded-sm px-2 py-1.5",
                  index === active && "bg-surface-muted",
                )}
              >
                <span className="truncate">{option.name}</span>
                {kind ? null : (
                  <span className="text-muted shrink-0 text-xs">{SOURCE_KIND_LABELS[option.kind]}</span>
                )}
              </li>
            ))}
            {!sources.isPending && options.length === 0 ? (
              <li className="text-muted px-2 py-1.5">No sources match.</li>
            ) : null}
            {sources.isPending ? <li className="text-muted px-2 py-1.5">Searching…</li> : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
