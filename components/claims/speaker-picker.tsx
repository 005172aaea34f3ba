"use client";

import { useQuery } from "@tanstack/react-query";
import { UserRound, X } from "lucide-react";
import { useId, useState } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { SOURCE_KIND_LABELS, type SourceKind } from "@/lib/sources";

/** The speaker as the form holds it: an existing source, a new one to create with the claim, or none. */
export type SpeakerValue =
  { id: string; name: string; kind: SourceKind } | { name: string; kind: SourceKind; isNew: true } | null;

const NEW_KINDS: readonly SourceKind[] = ["person", "organisation", "government_body"];

interface Option {
  key: string;
  label: string;
  value: Exclude<SpeakerValue, null>;
}

/**
 * Who asserts the claim: an autocomplete over the team's sources (fuzzy by name), or a new person,
 * organisation or government body made with the claim. An ARIA combobox: arrow keys move through the
 * suggestions, Enter picks, Escape closes.
 */
export function SpeakerPicker({
  teamSlug,
  value,
  onChange,
}: {
  teamSlug: string;
  value: SpeakerValue;
  onChange: (value: SpeakerValue) => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [query, setQuery] = useState("");
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = query.trim();
  const found = useQuery({
    ...trpc.sources.list.queryOptions({ teamSlug, q, limit: 6 }),
    enabled: isOpen && q.length > 0,
  });
  const options: Option[] = [
    ...(found.data?.items ?? []).map((source) => ({
      key: source.id,
      label: `${source.name} (${SOURCE_KIND_LABELS[source.kind].toLowerCase()})`,
      value: { id: source.id, name: source.name, kind: source.kind },
    })),
    ...(q && !found.data?.items.some((source) => source.name.toLowerCase() === q.toLowerCase())
      ? NEW_KINDS.map((kind) => ({
          key: `new-${kind}`,
          label: `Add “${q}” as a new ${SOURCE_KIND_LABELS[kind].toLowerCase()}`,
          value: { name: q, kind, isNew: true as const },
        }))
      : []),
  ];
  const pick = (option: Option | undefined) => {
    if (!option) return;
    onChange(option.value);
    setQuery("");
    setOpen(false);
  };

  if (value) {
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium">Speaker</span>
        <span className="border-border-strong bg-surface-muted inline-flex w-fit items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm">
          <UserRound aria-hidden="true" className="text-muted size-4" />
          {value.name}
          <span className="text-muted text-xs">
            {SOURCE_KIND_LABELS[value.kind]}
            {"isNew" in value ? ", new" : ""}
          </span>
          <button
            type="button"
            className="text-muted hover:text-foreground rounded"
            aria-label={`Remove speaker ${value.name}`}
            onClick={() => onChange(null)}
          >
            <X aria-hidden="true" className="size-4" />
          </button>
        </span>
      </div>
    );
  }
  const listId = `${id}-list`;
  const isListShown = isOpen && q.length > 0;
  return (
    <div className="relative flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Speaker
      </label>
      <Input
        id={id}
        role="combobox"
        aria-expanded={isListShown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isListShown && options[active] ? `${id}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={query}
        placeholder="Who asserts it? A person, an organisation…"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, options.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === "Enter" && isListShown) {
            event.preventDefault();
            pick(options[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <p id={`${id}-hint`} className="text-muted text-xs">
        Optional. Without a speaker, the outlet&apos;s reliability counts for the claim&apos;s code.
      </p>
      {isListShown ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Speakers"
          className="border-border bg-surface absolute top-[4.25rem] z-20 w-full rounded-md border p-1 text-sm shadow-lg"
        >
          {found.isFetching && options.length === 0 ? (
            <li className="text-muted px-2 py-1.5">Searching…</li>
          ) : null}
          {options.map((option, index) => (
            <li
              key={option.key}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === active}
              className={cn(
                "cursor-pointer rounded px-2 py-1.5",
                index === active && "bg-primary-soft text-primary",
              )}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
