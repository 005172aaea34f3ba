"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useMemo, useState } from "react";
import * as Y from "yjs";

/** Where the collaboration document stands, for the status line and the editor's read-only state. */
export type CollabStatus =
  | { state: "connecting" }
  | { state: "synced"; hasUnsavedChanges: boolean }
  | { state: "offline" }
  | { state: "refused"; reason: string }
  | { state: "too-large"; maxBytes: number };

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
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * Open sessions by document name, with how many editors hold each. A session outlives a quick
 * unmount and remount (React's strict mode, a fast navigation back) instead of reconnecting.
 */
const sessions = new Map<
  string,
  { session: Session; holders: number; closing: ReturnType<typeof setTimeout> | null }
>();

function sessionFor(documentName: string): Session {
  const existing = sessions.get(documentName);
  if (existing) return existing.session;
  const doc = new Y.Doc();
  const protocol = window.location.protocol === "https:" ? "wss" : "ws";
  const provider = new HocuspocusProvider({
    url: `${protocol}://${window.location.host}/collab`,
    name: documentName,
    document: doc,
    // The socket authenticates with the session cookie; the token only makes the provider ask.
    token: "session",
  });
  sessions.set(documentName, { session: { doc, provider }, holders: 0, closing: null });
  return { doc, provider };
}

function hold(documentName: string): () => void {
  const entry = sessions.get(documentName);
  if (!entry) return () => undefined;
  if (entry.closing) clearTimeout(entry.closing);
  entry.closing = null;
  entry.holders += 1;
  return () => {
    entry.holders -= 1;
    if (entry.holders > 0) return;
    entry.closing = setTimeout(() => {
      sessions.delete(documentName);
      entry.session.provider.destroy();
      entry.session.doc.destroy();
    }, 1000);
  };
}

/**
 * The assessment's Yjs document, synced over the app's /collab socket with the session cookie. Keeps
 * typing while offline (the changes sync on reconnect), and says who else is here. Browser only.
 */
export function useCollabDocument(documentName: string, user: { id: string; name: string }) {
  const session = useMemo(() => sessionFor(documentName), [documentName]);
  const [status, setStatus] = useState<CollabStatus>({ state: "connecting" });
  const [collaborators, setCollaborators] = useState<Collaborator[]>([]);

  useEffect(() => hold(documentName), [documentName]);

  useEffect(() => {
    const { provider } = session;
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
    const onSynced = () => setStatus({ state: "synced", hasUnsavedChanges: provider.unsyncedChanges > 0 });
    const onUnsynced = ({ number }: { number: number }) =>
      setStatus((current) =>
        current.state === "synced" ? { state: "synced", hasUnsavedChanges: number > 0 } : current,
      );
    const onFailed = ({ reason }: { reason: string }) => setStatus({ state: "refused", reason });
    const onStateless = ({ payload }: { payload: string }) => {
      try {
        const message = JSON.parse(payload) as { type?: string; maxBytes?: number };
        if (message.type === "too-large") setStatus({ state: "too-large", maxBytes: message.maxBytes ?? 0 });
      } catch {
        // Not ours.
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
    provider.on("status", onStatus);
    provider.on("synced", onSynced);
    provider.on("unsyncedChanges", onUnsynced);
    provider.on("authenticationFailed", onFailed);
    provider.on("stateless", onStateless);
    provider.on("awarenessChange", onAwareness);
    if (provider.isSynced) onSynced();
    onAwareness();
    return () => {
      provider.off("status", onStatus);
      provider.off("synced", onSynced);
      provider.off("unsyncedChanges", onUnsynced);
      provider.off("authenticationFailed", onFailed);
      provider.off("stateless", onStateless);
      provider.off("awarenessChange", onAwareness);
    };
  }, [session, user.id, user.name]);

  return { session, status, collaborators };
}
