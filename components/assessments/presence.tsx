"use client";

import { CloudOff, Eye, Loader2, Check } from "lucide-react";

import type { Collaborator, CollabStatus } from "./use-collab-document";

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
export function CollabStatusLine({ status, canEdit }: { status: CollabStatus; canEdit: boolean }) {
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
      canEdit ? (
        <>
          <Check aria-hidden="true" className="size-4" />{" "}
          {status.hasUnsavedChanges ? "Saving…" : "All changes saved"}
        </>
      ) : (
        <>
          <Eye aria-hidden="true" className="size-4" /> Read only: viewers follow the text as it is written.
        </>
      )
    ) : null;
  return (
    <p role="status" className="text-muted inline-flex items-center gap-1.5 text-sm">
      {content}
    </p>
  );
}
