import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

import { Hocuspocus, type WebSocketLike } from "@hocuspocus/server";
import crossws from "crossws/adapters/node";
import { and, eq, inArray } from "drizzle-orm";
import * as Y from "yjs";

import type { Database } from "@/db";
import { memberships, users } from "@/db/schema";
import type { TeamRole } from "@/lib/roles";
import { userIdFromCookies } from "@/server/auth/cookie-session";
import type { TeamEvent } from "@/server/realtime/events";

import { jsonToYjsUpdate, loadAssessmentDocument, storeAssessmentDocument } from "./persistence";

/** The path the collaboration socket is served on (server.ts routes its upgrades here). */
export const COLLAB_PATH = "/collab";

/** Close codes the editor understands (4000–4999 are the application's). */
export const CLOSE_CODES = { tooLarge: 4413 } as const;

const DOCUMENT_PREFIX = "assessment:";

/** The Yjs document name of an assessment. */
export function assessmentDocumentName(assessmentId: string): string {
  return `${DOCUMENT_PREFIX}${assessmentId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assessmentIdOf(documentName: string): string | null {
  const id = documentName.startsWith(DOCUMENT_PREFIX) ? documentName.slice(DOCUMENT_PREFIX.length) : "";
  return UUID.test(id) ? id.toLowerCase() : null;
}

/** Who is on a connection, resolved once when it authenticates. */
export interface CollabContext {
  userId: string;
  name: string;
  teamId: string;
  role: TeamRole;
  assessmentId: string;
}

export interface CollabOptions {
  /** How long after the last change a document is stored (and at most this long while typing). */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** Refuse updates that would grow a document's Yjs state past this many bytes. */
  maxDocumentBytes?: number;
  /** How often open documents' rights are re-read from the database, besides the team events. */
  refreshMs?: number;
  /**
   * The team events of every instance (server/realtime/hub.ts). When an assessment's review status
   * changes, its open connections get the new rights in place: the text locks in review and unlocks
   * after a decision, on every instance.
   */
  events?: { subscribeAll(listener: (event: TeamEvent) => void): () => void };
}

/** The team events after which an assessment's text may have locked or unlocked. */
const STATUS_VERBS = new Set([
  "assessment.review_requested",
  "assessment.review_withdrawn",
  "assessment.approved",
  "assessment.changes_requested",
  "assessment.published",
]);

const NOT_FOUND = "That assessment does not exist in your teams.";

/** A refusal the client is told about: Hocuspocus sends an error's `reason` with "permission denied". */
function refuse(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

/**
 * The collaboration server: Hocuspocus (Yjs) on the app's own port, behind the app's own session.
 * Each connection authenticates with the session cookie and is authorized for the assessment's team:
 * viewers get a read-only document, anyone else's team's document does not exist. Documents are
 * stored to Postgres (Yjs state + ProseMirror JSON) at most `maxDebounceMs` after a change, when the
 * last person leaves, and on shutdown.
 */
export function createCollabServer(db: Database, options: CollabOptions = {}) {
  const maxDocumentBytes =
    options.maxDocumentBytes ?? Number(process.env.COLLAB_MAX_DOCUMENT_BYTES ?? 5_000_000);
  /** Approximate Yjs state size per open document: exact at load and store, grown by each update. */
  const sizes = new Map<string, number>();
  /** People who changed each document since it was last stored. */
  const editors = new Map<string, Set<string>>();
  const teams = new Map<string, string>();
  /** Each open document's review status: only a draft's text can change. */
  const statuses = new Map<string, string>();
  const pendingStores = new Set<Promise<unknown>>();

  const hocuspocus = new Hocuspocus<CollabContext>({
    name: "analyst-workspace",
    quiet: true,
    debounce: options.debounceMs ?? 1000,
    maxDebounce: options.maxDebounceMs ?? 2000,
    async onAuthenticate({ documentName, requestHeaders, connectionConfig }) {
      const assessmentId = assessmentIdOf(documentName);
      const userId = await userIdFromCookies(db, requestHeaders);
      if (!userId) throw refuse("Sign in to open this assessment.");
      const found = assessmentId ? await loadAssessmentDocument(db, assessmentId) : null;
      if (!assessmentId || !found) throw refuse(NOT_FOUND);
      const [member] = await db
        .select({ role: memberships.role, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.teamId, found.teamId), eq(memberships.userId, userId)))
        .limit(1);
      // Across teams the document does not exist: the same answer as for one that never did.
      if (!member) throw refuse(NOT_FOUND);
      // Viewers read; in review (and once approved) the text is locked for everyone, so the reviewers
      // approve exactly what will be published.
      connectionConfig.readOnly = member.role === "viewer" || found.status !== "draft";
      return { userId, name: member.name, teamId: found.teamId, role: member.role, assessmentId };
    },
    async onLoadDocument({ document, documentName, context }) {
      const found = await loadAssessmentDocument(db, context.assessmentId);
      if (!found) throw refuse(NOT_FOUND);
      teams.set(documentName, found.teamId);
      statuses.set(documentName, found.status);
      Y.applyUpdate(
        document,
        found.ydoc && found.ydoc.byteLength > 0 ? found.ydoc : jsonToYjsUpdate(found.content),
      );
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
      return document;
    },
    beforeHandleMessage({ documentName, update, connection }) {
      // The rights are decided again for every message, from the document's current status and the
      // person's current role: a lock that lands while someone connects still holds.
      connection.readOnly = connection.context.role === "viewer" || statuses.get(documentName) !== "draft";
      if (connection.readOnly) return Promise.resolve();
      const size = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (size > maxDocumentBytes) {
        connection.sendStateless(JSON.stringify({ type: "too-large", maxBytes: maxDocumentBytes }));
        return Promise.reject(
          Object.assign(new Error("document too large"), {
            code: CLOSE_CODES.tooLarge,
            reason: `The assessment is over the size limit of ${Math.round(maxDocumentBytes / 1_000_000)} MB. Shorten it or split it in two.`,
          }),
        );
      }
      sizes.set(documentName, size);
      return Promise.resolve();
    },
    onChange({ documentName, context }) {
      if (context?.userId) {
        const set = editors.get(documentName) ?? new Set<string>();
        set.add(context.userId);
        editors.set(documentName, set);
      }
      return Promise.resolve();
    },
    async onStoreDocument({ document, documentName }) {
      const assessmentId = assessmentIdOf(documentName);
      const teamId = teams.get(documentName);
      if (!assessmentId || !teamId) return;
      const authorIds = [...(editors.get(documentName) ?? [])];
      editors.delete(documentName);
      const store = storeAssessmentDocument(db, { teamId, assessmentId, document, authorIds }).then(
        ({ sizeBytes }) => sizes.set(documentName, sizeBytes),
        (error: unknown) => {
          // Not stored: keep who edited, so they are recorded as authors with the next store.
          const set = editors.get(documentName) ?? new Set<string>();
          for (const id of authorIds) set.add(id);
          editors.set(documentName, set);
          throw error;
        },
      );
      pendingStores.add(store);
      try {
        await store;
      } finally {
        pendingStores.delete(store);
      }
    },
    afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      teams.delete(documentName);
      statuses.delete(documentName);
      return Promise.resolve();
    },
  });

  const ws = crossws({
    hooks: {
      open(peer) {
        const connection = hocuspocus.handleConnection(
          peer.websocket as unknown as WebSocketLike,
          peer.request,
        );
        (peer as unknown as { collab?: typeof connection }).collab = connection;
      },
      message(peer, message) {
        (peer as unknown as { collab?: { handleMessage(data: Uint8Array): void } }).collab?.handleMessage(
          message.uint8Array(),
        );
      },
      close(peer, event) {
        (
          peer as unknown as { collab?: { handleClose(event: { code?: number; reason?: string }): void } }
        ).collab?.handleClose({
          code: event.code,
          reason: event.reason,
        });
      },
      error(_peer, error) {
        console.error("[collab] socket error:", error);
      },
    },
  });

  /**
   * Re-read an assessment's status and its connected people's roles, and set every open connection's
   * rights to match, in place: locked in review, viewers read-only, anyone no longer a member cut off.
   */
  async function applyStatus(assessmentId: string) {
    const documentName = assessmentDocumentName(assessmentId);
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    const found = await loadAssessmentDocument(db, assessmentId);
    if (!found) return;
    statuses.set(documentName, found.status);
    const connections = document.getConnections();
    const userIds = [
      ...new Set(connections.map((connection) => (connection.context as CollabContext).userId)),
    ];
    const roles = new Map(
      userIds.length
        ? (
            await db
              .select({ userId: memberships.userId, role: memberships.role })
              .from(memberships)
              .where(and(eq(memberships.teamId, found.teamId), inArray(memberships.userId, userIds)))
          ).map((row) => [row.userId, row.role])
        : [],
    );
    for (const connection of connections) {
      const context = connection.context as CollabContext;
      const role = roles.get(context.userId);
      if (!role) {
        connection.close({ code: 4403, reason: NOT_FOUND });
        continue;
      }
      context.role = role;
      connection.readOnly = role === "viewer" || found.status !== "draft";
    }
  }
  /** Every open document's rights, again, now and then: a team event lost with a dropped LISTEN heals. */
  const refreshTimer = setInterval(() => {
    for (const documentName of hocuspocus.documents.keys()) {
      const assessmentId = assessmentIdOf(documentName);
      if (assessmentId)
        applyStatus(assessmentId).catch((error: unknown) =>
          console.error("[collab] could not refresh an assessment's rights:", error),
        );
    }
  }, options.refreshMs ?? 15_000);
  refreshTimer.unref();
  const unsubscribe = options.events?.subscribeAll((event) => {
    if (event.subjectType !== "assessment" || !STATUS_VERBS.has(event.verb)) return;
    applyStatus(event.subjectId).catch((error: unknown) =>
      console.error("[collab] could not apply a status change:", error),
    );
  });

  return {
    hocuspocus,
    /** Take over an HTTP upgrade of COLLAB_PATH. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      void ws.handleUpgrade(request, socket, head);
    },
    /** How many documents are open (for the benchmark and health). */
    documentsCount: () => hocuspocus.getDocumentsCount(),
    /**
     * Shutdown: store every document with changes not yet stored, wait for the stores, then close the
     * connections (clients reconnect to the next instance or after the restart).
     */
    /** Apply an assessment's current status to its open connections (tests; events do it live). */
    applyStatus,
    async close() {
      clearInterval(refreshTimer);
      unsubscribe?.();
      hocuspocus.flushPendingStores();
      await Promise.allSettled([...pendingStores]);
      hocuspocus.closeConnections();
      await Promise.allSettled([...pendingStores]);
    },
  };
}

export type CollabServer = ReturnType<typeof createCollabServer>;
