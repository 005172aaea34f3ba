"use client";

import { Check, CloudOff, Copy, Eye, Loader2, Lock } from "lucide-react";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import type { Collaborator, CollabStatus, UnsavedWords } from "./use-collab-document";

/** Who else has the assessment open: an initial in their caret colour, the names for screen readers. */
export function PresenceList({ collaborators }: { collaborators: readonly Collaborator[] }) {
  if (collaborators.length === 0) return null;
  return (
    <ul aria-label="People here" className="flex items-center -space-x-1.5">
      {collaborators.map((person) => (
        <li
          key={person.clientId}
          title={person.name}
          className="border-surface flex size-7 items-center justify-center rounded-full border-2 text-xs font-semibold text-white"
          style={{ backgroundColor: person.color }}
        >
          <span aria-hidden="true">{person.name.charAt(0).toUpperCase()}</span>
          <span className="sr-only">{person.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** One line on the document's state: connecting, saved, saving, offline (with changes kept), read-only. */
export function CollabStatusLine({
  status,
  readOnlyReason,
}: {
  status: CollabStatus;
  /** Why the text cannot be changed here: a viewer, or locked while in review; null when it can. */
  readOnlyReason: "viewer" | "locked" | null;
}) {
  const content =
    status.state === "connecting" ? (
      <>
        <Loader2 aria-hidden="true" className="size-4 animate-spin" /> Connecting…
      </>
    ) : status.state === "offline" ? (
      <>
        <CloudOff aria-hidden="true" className="size-4" /> Offline: your changes are kept here and sync when
        the connection is back.
      </>
    ) : status.state === "synced" ? (
      readOnlyReason === "locked" ? (
        <>
          <Lock aria-hidden="true" className="size-4" /> Locked: nobody can change the text until the review
          ends or the version is published.
        </>
      ) : readOnlyReason === "viewer" ? (
        <>
          <Eye aria-hidden="true" className="size-4" /> Read only: viewers follow the text as it is written.
        </>
      ) : (
        <>
          <Check aria-hidden="true" className="size-4" />{" "}
          {status.hasUnsavedChanges ? "Saving…" : "All changes saved"}
        </>
      )
    ) : null;
  return (
    <p role="status" className="text-muted inline-flex items-center gap-1.5 text-sm">
      {content}
    </p>
  );
}

/**
 * Words this editor typed that the server refused (the assessment went into review, or the person
 * became a viewer, while they were on their way): the text was reset to what everyone else sees, and
 * here are the words, to copy and use again.
 */
export function UnsavedAlert({ unsaved, onDismiss }: { unsaved: UnsavedWords; onDismiss: () => void }) {
  const [isCopied, setCopied] = useState(false);
  return (
    <Alert tone="warning" title="Your last changes were not saved">
      <div className="flex flex-col gap-2">
        <p>
          {unsaved.reason === "locked"
            ? "The assessment went into review before they reached the server, so the text was reset to the version the reviewers see."
            : "You can no longer edit this assessment, so the text was reset to the version everyone sees."}{" "}
          The words that were not saved:
        </p>
        <blockquote className="border-warning/60 bg-surface max-h-40 overflow-auto border-l-4 px-3 py-2 whitespace-pre-wrap">
          {unsaved.text}
        </blockquote>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(unsaved.text).then(() => setCopied(true));
            }}
          >
            <Copy aria-hidden="true" /> {isCopied ? "Copied" : "Copy the words"}
          </Button>
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      </div>
    </Alert>
  );
}
