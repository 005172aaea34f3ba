"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { diffWords } from "diff";
import { useCallback, useEffect, useState } from "react";
import * as Y from "yjs";

import { parseCollabNotice } from "@/lib/assessments/collab-notices";
import { docText } from "@/lib/assessments/doc-text";
import type { DocJson } from "@/lib/assessments/types";

/** Where the collaboration document stands, for the status line and the editor's read-only state. */
export type CollabStatus =
  | { state: "connecting" }
  | { state: "synced"; hasUnsavedChanges: boolean }
  | { state: "offline" }
  | { state: "refused"; reason: string }
  | { state: "too-large"; maxBytes: number };

/** What the server says this person may do to the text now (null until it has said). */
export type CollabAccess = { readOnly: boolean; reason: "draft" | "locked" | "viewer" } | null;

/** Words that were typed here but never reached the server (it refused them), to show their author. */
export interface UnsavedWords {
  text: string;
  reason: "locked" | "viewer";
}

export interface Collaborator {
  clientId: number;
  name: string;
  color: string;
}

const COLORS = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2", "#65a30d"];

/** A stable colour per person, so their caret has the same colour on every screen. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length] ?? "#2563eb";
}

interface Session {
  /** Grows each time the document is reset to the server's text (the editor is rebuilt on it). */
  generation: number;
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/** For a session opened after a refusal: the text as the editor had it, to find the lost words. */
const refusals = new WeakMap<Session, { text: string; reason: UnsavedWords["reason"] }>();

/**
 * Open sessions by document name, with how many editors hold each. A session outlives a quick
 * unmount and remount (React's strict mode, a fast navigation back) instead of reconnecting.
 */
const sessions = new Map<
  string,
  { session: Session; holders: number; closing: ReturnType<typeof setTimeout> | null }
>();

function openSession(documentName: string, generation: number): Session {
  const doc = new Y.Doc();
  const protocol = window.location.protocol === "https:" ? "wss" : "ws";
  const provider = new HocuspocusProvider({
    url: `${protocol}://${window.location.host}/collab`,
    name: documentName,
    document: doc,
    // The socket authenticates with the session cookie; the token only makes the provider ask.
    token: "session",
  });
  return { generation, doc, provider };
}

function closeSession(session: Session) {
  session.provider.destroy();
  session.doc.destroy();
}

/** Close a session nobody holds after a while (a render React threw away never holds it). */
function closeLater(documentName: string, entry: NonNullable<ReturnType<typeof sessions.get>>, ms: number) {
  entry.closing = setTimeout(() => {
    if (sessions.get(documentName) === entry) sessions.delete(documentName);
    closeSession(entry.session);
  }, ms);
}

function sessionFor(documentName: string): Session {
  const existing = sessions.get(documentName);
  if (existing) return existing.session;
  const session = openSession(documentName, 0);
  const entry = { session, holders: 0, closing: null };
  sessions.set(documentName, entry);
  closeLater(documentName, entry, 10_000);
  return session;
}

/**
 * Throw the document away and open it again from the server: the way back after the server refused
 * changes (a CRDT cannot take back what it holds; the refused changes would otherwise wait in it).
 */
function resetSession(
  documentName: string,
  refusedFrom: { text: string; reason: UnsavedWords["reason"] },
): Session {
  const entry = sessions.get(documentName);
  const session = openSession(documentName, (entry?.session.generation ?? 0) + 1);
  refusals.set(session, refusedFrom);
  if (entry) {
    closeSession(entry.session);
    entry.session = session;
  } else sessions.set(documentName, { session, holders: 0, closing: null });
  return session;
}

function hold(documentName: string): () => void {
  const entry = sessions.get(documentName);
  if (!entry) return () => undefined;
  if (entry.closing) clearTimeout(entry.closing);
  entry.closing = null;
  entry.holders += 1;
  return () => {
    entry.holders -= 1;
    if (entry.holders === 0) closeLater(documentName, entry, 1000);
  };
}

function plainText(doc: Y.Doc): string {
  try {
    return docText(yDocToProsemirrorJSON(doc, "default") as DocJson);
  } catch {
    return "";
  }
}

/** The words in `before` (this editor's text) that the server's text `after` does not have. */
function wordsNotIn(before: string, after: string): string {
  return diffWords(after, before)
    .filter((part) => part.added)
    .map((part) => part.value.trim())
    .filter(Boolean)
    .join(" … ");
}

/**
 * The assessment's Yjs document, synced over the app's /collab socket with the session cookie. Keeps
 * typing while offline (the changes sync on reconnect), says who else is here and what the server
 * allows, and, when the server refuses changes (the assessment went into review while they were on
 * their way), resets to the server's text and reports the words that were not saved. Browser only.
 */
export function useCollabDocument(documentName: string, user: { id: string; name: string }) {
  const [current, setCurrent] = useState(() => ({ documentName, session: sessionFor(documentName) }));
  const [status, setStatus] = useState<CollabStatus>({ state: "connecting" });
  const [access, setAccess] = useState<CollabAccess>(null);
  const [unsaved, setUnsaved] = useState<UnsavedWords | null>(null);
  const [collaborators, setCollaborators] = useState<Collaborator[]>([]);
  // Another document: switch during render (React's pattern for state that follows a prop), and
  // forget what the server said of the previous one.
  if (current.documentName !== documentName) {
    setCurrent({ documentName, session: sessionFor(documentName) });
    setStatus({ state: "connecting" });
    setAccess(null);
    setUnsaved(null);
  }
  const { session } = current;

  useEffect(() => hold(documentName), [documentName]);

  useEffect(() => {
    const { provider, doc } = session;
    provider.setAwarenessField("user", { name: user.name, color: colorFor(user.id) });
    const onStatus = ({ status: next }: { status: string }) => {
      setStatus((current) =>
        current.state === "refused" || current.state === "too-large"
          ? current
          : next === "connected"
            ? current
            : next === "connecting"
              ? { state: "connecting" }
              : { state: "offline" },
      );
    };
    let diffTimer: ReturnType<typeof setTimeout> | null = null;
    const onSynced = () => {
      setStatus({ state: "synced", hasUnsavedChanges: provider.unsyncedChanges > 0 });
      const refused = refusals.get(session);
      if (!refused) return;
      refusals.delete(session);
      // A moment after the sync, so teammates' last edits arriving from other instances are not taken
      // for this person's lost words.
      diffTimer = setTimeout(() => {
        const text = wordsNotIn(refused.text, plainText(doc));
        if (text) setUnsaved({ text, reason: refused.reason });
      }, 300);
    };
    const onUnsynced = ({ number }: { number: number }) =>
      setStatus((current) =>
        current.state === "synced" ? { state: "synced", hasUnsavedChanges: number > 0 } : current,
      );
    const onFailed = ({ reason }: { reason: string }) => setStatus({ state: "refused", reason });
    const onStateless = ({ payload }: { payload: string }) => {
      const notice = parseCollabNotice(payload);
      if (!notice) return;
      if (notice.type === "too-large") setStatus({ state: "too-large", maxBytes: notice.maxBytes });
      else if (notice.type === "access") setAccess({ readOnly: notice.readOnly, reason: notice.reason });
      else if (notice.reason !== "out-of-sync") {
        // Refused: never keep the change here in silence. Start again from the server's text, then
        // show the words that did not make it. (This session's handlers go with it: one reset.)
        const refusedFrom = { text: plainText(doc), reason: notice.reason };
        setAccess({ readOnly: true, reason: notice.reason });
        setStatus({ state: "connecting" });
        setCurrent({ documentName, session: resetSession(documentName, refusedFrom) });
      }
    };
    const onAwareness = () => {
      const states = [...(provider.awareness?.getStates().entries() ?? [])];
      setCollaborators(
        states.flatMap(([clientId, state]) => {
          const person = (state as { user?: { name?: string; color?: string } }).user;
          return person?.name ? [{ clientId, name: person.name, color: person.color ?? "#2563eb" }] : [];
        }),
      );
    };
    // Closing the tab with changes the server has not acknowledged: the browser asks first.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (provider.hasUnsyncedChanges) event.preventDefault();
    };
    provider.on("status", onStatus);
    provider.on("synced", onSynced);
    provider.on("unsyncedChanges", onUnsynced);
    provider.on("authenticationFailed", onFailed);
    provider.on("stateless", onStateless);
    provider.on("awarenessChange", onAwareness);
    window.addEventListener("beforeunload", onBeforeUnload);
    if (provider.isSynced) onSynced();
    onAwareness();
    return () => {
      if (diffTimer) clearTimeout(diffTimer);
      provider.off("status", onStatus);
      provider.off("synced", onSynced);
      provider.off("unsyncedChanges", onUnsynced);
      provider.off("authenticationFailed", onFailed);
      provider.off("stateless", onStateless);
      provider.off("awarenessChange", onAwareness);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [session, documentName, user.id, user.name]);

  const dismissUnsaved = useCallback(() => setUnsaved(null), []);

  return { session, status, access, collaborators, unsaved, dismissUnsaved };
}
