"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";

import { useTRPC } from "@/components/providers/trpc-provider";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { CLAIM_LIMITS } from "@/lib/claims";
import { cn } from "@/lib/cn";
import { fromStorage, mentionQueryAt, toStorage, type PickedMention } from "@/lib/mentions";

import { insertMention, matchMembers } from "./mention-suggestions";

const LIMIT = CLAIM_LIMITS.comment;
/** The count appears once a comment is this close to the limit. */
const COUNT_FROM = LIMIT - 1_000;
const HINT = "Markdown: **bold**, *italic*, `code`, links, lists. Type @ to mention someone.";

export interface CommentComposerProps {
  teamSlug: string;
  /** The textarea's visible label, e.g. "Comment", "Reply", "Edit comment". */
  label: string;
  /** The submit button's text, e.g. "Comment", "Send reply", "Save". */
  submitLabel: string;
  /** A stored body to edit; its mention tokens are shown as `@Name`. */
  initialBody?: string;
  /**
   * Receives the stored body (mention tokens in place). Reject to keep the text (the error prop
   * says why); on success a new comment's composer empties itself, an edit's is left to the parent.
   */
  onSubmit: (body: string) => Promise<void> | void;
  /** Shows a Cancel button. */
  onCancel?: () => void;
  isPending: boolean;
  /** The server's message, shown under the textarea and announced. */
  error?: string | undefined;
  /** Focus the textarea on mount: for a reply or an edit the person just asked for. */
  autoFocus?: boolean;
  className?: string;
}

/**
 * Write a comment in Markdown with @mentions. The person sees and types `@Full Name`; whom they
 * picked from the autocomplete is remembered, and only those become mention tokens on submit
 * (`toStorage`), so typed text can never forge a mention. The textarea is an ARIA combobox over a
 * listbox of matching team members: arrows move, Enter or Tab picks, Escape closes.
 */
export function CommentComposer({
  teamSlug,
  label,
  submitLabel,
  initialBody,
  onSubmit,
  onCancel,
  isPending,
  error,
  autoFocus = false,
  className,
}: CommentComposerProps) {
  const trpc = useTRPC();
  const listboxId = useId();
  const errorId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const [initial] = useState(() => fromStorage(initialBody ?? ""));
  const [text, setText] = useState(initial.text);
  const [picked, setPicked] = useState<PickedMention[]>(initial.picked);
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  // The member list is fetched the first time someone focuses a composer, then shared from cache.
  const [wantsMembers, setWantsMembers] = useState(autoFocus);
  const members = useQuery({
    ...trpc.teams.members.list.queryOptions({ teamSlug }),
    enabled: wantsMembers,
    staleTime: 5 * 60_000,
  });

  const suggestions = mention ? matchMembers(members.data ?? [], mention.query) : [];
  const isOpen = mention !== null && mention.start !== dismissedAt && suggestions.length > 0;
  const active = Math.min(activeIndex, suggestions.length - 1);
  const storedLength = useMemo(() => toStorage(text, picked).length, [text, picked]);
  const isEmpty = text.trim() === "";

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null) return;
    pendingCaret.current = null;
    textareaRef.current?.setSelectionRange(caret, caret);
  }, [text]);

  function syncMention(element: HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = element;
    const next = selectionStart === selectionEnd ? mentionQueryAt(value, selectionStart) : null;
    if (next?.query !== mention?.query || next?.start !== mention?.start) {
      setMention(next);
      setActiveIndex(0);
      if (next?.start !== dismissedAt) setDismissedAt(null);
    }
  }

  function pick(member: { userId: string; name: string }) {
    if (!mention) return;
    const end = mention.start + 1 + mention.query.length;
    const next = insertMention(text, mention.start, end, member.name);
    pendingCaret.current = next.caret;
    setText(next.text);
    setPicked((current) =>
      current.some((person) => person.userId === member.userId && person.name === member.name)
        ? current
        : [...current, { userId: member.userId, name: member.name }],
    );
    setMention(null);
    // The caret now sits right after the name, still "in" this mention: keep the list closed.
    setDismissedAt(mention.start);
  }

  async function submit() {
    if (isPending || isEmpty) return;
    try {
      await onSubmit(toStorage(text, picked));
    } catch {
      return; // The parent shows the error; the text stays so nothing is lost.
    }
    if (initialBody === undefined) {
      setText("");
      setPicked([]);
      setMention(null);
      setDismissedAt(null);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    const isSubmitShortcut = event.key === "Enter" && (event.ctrlKey || event.metaKey);
    if (isOpen && mention && !isSubmitShortcut) {
      const count = suggestions.length;
      const chosen = suggestions[active];
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setActiveIndex((active + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
        return;
      }
      if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && chosen) {
        event.preventDefault();
        pick(chosen);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(mention.start);
        return;
      }
    }
    if (isSubmitShortcut) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      noValidate
      className={cn("flex flex-col gap-2", className)}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field label={label} hint={HINT}>
        {(control) => (
          <div className="relative">
            <Textarea
              {...control}
              ref={textareaRef}
              rows={3}
              value={text}
              autoFocus={autoFocus}
              role="combobox"
              aria-expanded={isOpen}
              aria-controls={listboxId}
              aria-autocomplete="list"
              aria-activedescendant={isOpen ? `${listboxId}-${active}` : undefined}
              aria-keyshortcuts="Control+Enter Meta+Enter"
              aria-describedby={
                [control["aria-describedby"], error ? errorId : undefined].filter(Boolean).join(" ") ||
                undefined
              }
              aria-invalid={error ? true : undefined}
              className="min-h-20 resize-y"
              onFocus={() => setWantsMembers(true)}
              onChange={(event) => {
                setText(event.target.value);
                syncMention(event.target);
              }}
              onSelect={(event) => syncMention(event.currentTarget)}
              onBlur={() => setMention(null)}
              onKeyDown={onKeyDown}
            />
            <ul
              id={listboxId}
              role="listbox"
              aria-label="People to mention"
              hidden={!isOpen}
              className="border-border bg-surface absolute top-full left-0 z-30 mt-1 w-full max-w-xs rounded-md border p-1 text-sm shadow-lg"
            >
              {isOpen
                ? suggestions.map((member, index) => (
                    <li
                      key={member.userId}
                      id={`${listboxId}-${index}`}
                      role="option"
                      aria-selected={index === active}
                      className={cn(
                        "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5",
                        index === active && "bg-surface-muted",
                      )}
                      // Keep focus (and the caret) in the textarea while clicking.
                      onMouseDown={(event) => event.preventDefault()}
                      onMouseMove={() => setActiveIndex(index)}
                      onClick={() => pick(member)}
                    >
                      <Avatar name={member.name} className="size-6 text-[10px]" />
                      <span className="truncate font-medium">{member.name}</span>
                      <span aria-hidden="true" className="text-muted ml-auto truncate text-xs">
                        {member.email}
                      </span>
                    </li>
                  ))
                : null}
            </ul>
          </div>
        )}
      </Field>
      {error ? (
        <p id={errorId} role="alert" className="text-danger text-sm">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-2">
        {storedLength >= COUNT_FROM ? (
          <p
            className={cn("mr-auto text-xs", storedLength > LIMIT ? "text-danger font-medium" : "text-muted")}
            aria-live={storedLength > LIMIT ? "polite" : "off"}
          >
            {storedLength.toLocaleString("en")} / {LIMIT.toLocaleString("en")} characters
            {storedLength > LIMIT ? " (too long)" : ""}
          </p>
        ) : null}
        {onCancel ? (
          <Button variant="secondary" size="sm" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" size="sm" isLoading={isPending} disabled={isEmpty}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
