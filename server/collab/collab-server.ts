import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

import {
  Hocuspocus,
  OutgoingMessage,
  type Connection,
  type Document,
  type Extension,
  type WebSocketLike,
} from "@hocuspocus/server";
import crossws from "crossws/adapters/node";
import { and, eq, inArray } from "drizzle-orm";
import * as Y from "yjs";

import type { Database, DatabaseHandle } from "@/db";
import { memberships } from "@/db/schema";
import { encodeCollabNotice, type CollabNotice } from "@/lib/assessments/collab-notices";
import type { TeamRole } from "@/lib/roles";
import { sessionFromHeaders } from "@/server/auth/cookie-session";
import { liveSessionIds, SESSION_ENDED_CHANNEL } from "@/server/services/auth/session-rows";
import { isAllowedOrigin } from "@/server/security/origin";
import { RESYNC_VERB } from "@/lib/realtime";
import type { TeamEventHub } from "@/server/realtime/hub";

import { changeCarriedBy, hasNewContent, startsPastGap } from "./messages";
import {
  COLLAB_CHANNEL,
  DATABASE_ORIGIN,
  findAssessmentForMember,
  findAssessmentStatus,
  isDatabaseOrigin,
  loadAssessmentDocument,
  loadAssessmentState,
  parseInstanceNotice,
  readLoggedUpdates,
  storeAssessmentDocument,
} from "./persistence";
import { ResilientRedis, type RedisHealth } from "./redis-sync";
import { UpdateLog } from "./update-log";

/** The path the collaboration socket is served on (server.ts routes its upgrades here). */
export const COLLAB_PATH = "/collab";

/** Close codes the editor understands (4000–4999 are the application's). */
export const CLOSE_CODES = { sessionEnded: 4401, tooLarge: 4413 } as const;

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
  /** The signed-in session the socket was opened with: when it ends, the socket is closed. */
  sessionId: string;
  name: string;
  teamId: string;
  role: TeamRole;
  assessmentId: string;
}

export interface CollabOptions {
  /** How long after the last change a document is stored (and at most this long while typing). */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** How long a received change may wait before it is in the update log (the crash window). */
  logFlushMs?: number;
  /** Refuse updates that would grow a document's Yjs state past this many bytes. */
  maxDocumentBytes?: number;
  /** How often open documents' rights are re-read from the database, besides the team events. */
  refreshMs?: number;
  /**
   * The team events of every instance (server/realtime/hub.ts). When an assessment's review status
   * changes, its open connections get the new rights in place: the text locks in review and unlocks
   * after a decision, on every instance.
   */
  events?: Pick<TeamEventHub, "subscribeAll" | "watchAllSessions">;
  /**
   * LISTEN on the database (`DatabaseHandle.listen`): how an instance hears that another one logged
   * or stored changes of a document it has open, and reads them. Without it, an instance only
   * catches up with others when it stores.
   */
  listen?: DatabaseHandle["listen"];
  /** Redis (`REDIS_URL`): live edits and presence between instances within milliseconds. */
  redisUrl?: string;
  /** This instance's name in the log, Redis and the database's notices (default: random). */
  instanceId?: string;
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
const SESSION_ENDED = "Your session has ended. Sign in again to go on editing.";
const SIGNED_OUT = "You are signed out. Sign in again to open this assessment.";

/** A refusal the client is told about: Hocuspocus sends an error's `reason` with "permission denied". */
function refuse(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

/** True when `document` has every change up to `stateVector` (base64 of a Yjs state vector). */
function covers(document: Y.Doc, stateVector: string): boolean {
  const wanted = Y.decodeStateVector(Buffer.from(stateVector, "base64"));
  const known = Y.decodeStateVector(Y.encodeStateVector(document));
  for (const [client, clock] of wanted) if ((known.get(client) ?? 0) < clock) return false;
  return true;
}

/** Why a connection may not write, or null when it may. */
function lockReason(role: TeamRole, status: string | undefined): "viewer" | "locked" | null {
  if (role === "viewer") return "viewer";
  return status === "draft" ? null : "locked";
}

function tell(connection: Connection, notice: CollabNotice) {
  connection.sendStateless(encodeCollabNotice(notice));
}

/** An open document's state on this instance. */
interface OpenDocument {
  teamId: string;
  assessmentId: string;
  status: string;
  /** Approximate Yjs state size: exact at load and store, grown by each update. */
  size: number;
  /** People who changed it since it was last stored. */
  editors: Set<string>;
}

/**
 * The collaboration server: Hocuspocus (Yjs) on the app's own port, behind the app's own session.
 * Each connection authenticates with the session cookie and is authorized for the assessment's team:
 * viewers get a read-only document, anyone else's team's document does not exist.
 *
 * Nothing anyone was told is saved is lost, however many instances serve a document:
 * - every received change is in the database's update log within `logFlushMs` (crash window);
 * - a store merges what the instance holds with what is stored and logged (a CRDT union under a row
 *   lock), never overwrites, at most `maxDebounceMs` after a change, when the last person leaves,
 *   and on shutdown;
 * - instances that have a document open read each other's logged and stored changes as the
 *   database announces them, and, with Redis, exchange edits and presence live;
 * - a change the server cannot apply (locked in review, a viewer) is reported to its author's
 *   editor, which resets to the server's text and shows what was not saved; an update that would
 *   sit behind such a gap is never acknowledged: the server asks the editor for what it is missing.
 */
export function createCollabServer(db: Database, options: CollabOptions = {}) {
  const instanceId = options.instanceId ?? randomUUID();
  const maxDocumentBytes =
    options.maxDocumentBytes ?? Number(process.env.COLLAB_MAX_DOCUMENT_BYTES ?? 5_000_000);
  const open = new Map<string, OpenDocument>();
  const pendingStores = new Set<Promise<unknown>>();
  const log = new UpdateLog(db, { instanceId, flushMs: options.logFlushMs ?? 100 });
  const redis = options.redisUrl ? new ResilientRedis(options.redisUrl, instanceId) : null;
  const extensions: Extension[] = redis ? [redis] : [];
  const storeRetries = new Map<string, { timer: ReturnType<typeof setTimeout>; delay: number }>();
  let isClosing = false;

  const hocuspocus: Hocuspocus<CollabContext> = new Hocuspocus<CollabContext>({
    name: "analyst-workspace",
    quiet: true,
    debounce: options.debounceMs ?? 1000,
    maxDebounce: options.maxDebounceMs ?? 2000,
    extensions,
    async onAuthenticate({ documentName, requestHeaders, connectionConfig }) {
      const assessmentId = assessmentIdOf(documentName);
      const session = await sessionFromHeaders(db, requestHeaders);
      if (!session) throw refuse(SIGNED_OUT);
      const { userId, sessionId } = session;
      // Found only through the person's membership: across teams the document does not exist, the
      // same answer as for one that never did.
      const found = assessmentId ? await findAssessmentForMember(db, { assessmentId, userId }) : null;
      if (!assessmentId || !found) throw refuse(NOT_FOUND);
      // Viewers read; in review (and once approved) the text is locked for everyone, so the reviewers
      // approve exactly what will be published.
      connectionConfig.readOnly = lockReason(found.role, found.status) !== null;
      return { userId, sessionId, name: found.name, teamId: found.teamId, role: found.role, assessmentId };
    },
    async onLoadDocument({ document, documentName, context }) {
      const key = { teamId: context.teamId, assessmentId: context.assessmentId };
      const found = await loadAssessmentDocument(db, key);
      if (!found) throw refuse(NOT_FOUND);
      Y.applyUpdate(document, found.update, DATABASE_ORIGIN);
      open.set(documentName, {
        ...key,
        status: found.status,
        size: Y.encodeStateAsUpdate(document).byteLength,
        editors: new Set(),
      });
      return document;
    },
    connected({ connection, documentName }) {
      syncAccess(connection, lockReason(connection.context.role, open.get(documentName)?.status));
      return Promise.resolve();
    },
    beforeHandleMessage({ documentName, update: message, connection }) {
      const state = open.get(documentName);
      // The rights are decided again for every message, from the document's current status and the
      // person's current role: a lock that lands while someone connects still holds.
      const reason = lockReason(connection.context.role, state?.status);
      syncAccess(connection, reason);
      waitingBefore.set(connection, connection.document.store.pendingStructs);
      const change = changeCarriedBy(message);
      if (!change || !state) return Promise.resolve();
      if (reason) {
        // Hocuspocus drops it and answers "not applied"; the editor must hear why, so it can show its
        // author what was not saved instead of holding it back in silence.
        if (hasNewContent(connection.document, change)) tell(connection, { type: "refused", reason });
        return Promise.resolve();
      }
      if (startsPastGap(connection.document, change)) {
        // Yjs would keep it aside, invisible, until the gap is filled. Ask the editor for everything
        // the server lacks first: its answer arrives before it can count this change as saved (it
        // still counts the refused one as unsaved until the answer is acknowledged), and it fills
        // the gap, so what is acknowledged is what everyone sees.
        connection.send(
          new OutgoingMessage(connection.messageAddress)
            .createSyncMessage()
            .writeFirstSyncStepFor(connection.document)
            .toUint8Array(),
        );
      }
      const size = state.size + change.byteLength;
      if (size > maxDocumentBytes) {
        tell(connection, { type: "too-large", maxBytes: maxDocumentBytes });
        return Promise.reject(
          Object.assign(new Error("document too large"), {
            code: CLOSE_CODES.tooLarge,
            reason: `The assessment is over the size limit of ${Math.round(maxDocumentBytes / 1_000_000)} MB. Shorten it or split it in two.`,
          }),
        );
      }
      state.size = size;
      return Promise.resolve();
    },
    afterHandleMessage({ documentName, update: message, connection }) {
      // A change Yjs had to keep aside (its predecessors have not arrived) raises no update event, so
      // onChange never logs it: log it as received, so it is durable while it waits. Yjs replaces its
      // record of what waits whenever something is added to it; only then did this message add any.
      const waiting = connection.document.store.pendingStructs;
      const before = waitingBefore.get(connection);
      waitingBefore.delete(connection);
      const state = open.get(documentName);
      if (!state || connection.readOnly || waiting === null || waiting === before) return Promise.resolve();
      const change = changeCarriedBy(message);
      if (change) log.record(documentName, state, { userId: connection.context.userId, update: change });
      return Promise.resolve();
    },
    onChange({ documentName, context, update, transactionOrigin }) {
      // Changes read from the database are there already. Changes relayed by Redis are logged here too:
      // the instance that received them may die before its own log write, and once its editor is
      // gone this instance may be the only one holding them.
      if (isDatabaseOrigin(transactionOrigin)) return Promise.resolve();
      const state = open.get(documentName);
      if (!state) return Promise.resolve();
      const userId = (context as Partial<CollabContext> | undefined)?.userId ?? null;
      if (userId) state.editors.add(userId);
      log.record(documentName, state, { userId, update });
      return Promise.resolve();
    },
    async onStoreDocument({ document, documentName }) {
      const state = open.get(documentName);
      if (!state) return;
      const authorIds = [...state.editors];
      state.editors.clear();
      // Changes waiting for the log stay there: the store may wait for another instance's store, and
      // until it commits, the log is what makes them durable (the next store folds the rows in).
      const store = storeAssessmentDocument(db, { ...state, document, authorIds, instanceId }).then(
        ({ sizeBytes }) => {
          state.size = sizeBytes;
          storeRetries.delete(documentName);
        },
        (error: unknown) => {
          // Not stored: keep who edited, and try again (Hocuspocus would keep the document in memory,
          // but never store it again without a new change).
          for (const id of authorIds) state.editors.add(id);
          scheduleStoreRetry(document);
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
    afterLoadDocument({ documentName }) {
      // Another instance announced changes while this one was loading: read them now.
      if (missedWhileLoading.delete(documentName)) void pull(documentName, true);
      return Promise.resolve();
    },
    afterUnloadDocument({ documentName }) {
      // Reopened meanwhile (a fast reconnect): the new load has set its own state.
      if (hocuspocus.documents.has(documentName) || hocuspocus.loadingDocuments.has(documentName))
        return Promise.resolve();
      open.delete(documentName);
      const retry = storeRetries.get(documentName);
      if (retry) clearTimeout(retry.timer);
      storeRetries.delete(documentName);
      return Promise.resolve();
    },
  });

  const isRedisUp = () => redis?.status().reachable === true;

  /** What Yjs kept aside for a connection's document before its message (see afterHandleMessage). */
  const waitingBefore = new WeakMap<Connection, unknown>();

  /** What each connection was last told of its rights, so every change of them is told once. */
  const told = new WeakMap<Connection, string>();
  function syncAccess(connection: Connection, reason: "viewer" | "locked" | null) {
    connection.readOnly = reason !== null;
    const access = reason ?? "draft";
    if (told.get(connection) === access) return;
    told.set(connection, access);
    tell(connection, { type: "access", readOnly: reason !== null, reason: access });
  }

  function scheduleStoreRetry(document: Document) {
    if (isClosing) return;
    const previous = storeRetries.get(document.name);
    const delay = Math.min((previous?.delay ?? 500) * 2, 15_000);
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      if (hocuspocus.documents.get(document.name) !== document) return;
      void hocuspocus.storeDocumentHooks(
        document,
        {
          instance: hocuspocus,
          clientsCount: document.getConnectionsCount(),
          document,
          documentName: document.name,
          lastContext: {},
          lastTransactionOrigin: DATABASE_ORIGIN,
        },
        true,
      );
    }, delay);
    timer.unref();
    storeRetries.set(document.name, { timer, delay });
  }

  /** Documents that were loading when another instance announced changes to them. */
  const missedWhileLoading = new Set<string>();

  /** Reads of the database per document: one at a time, the next one folding in every notice since. */
  const pulls = new Map<string, { again: boolean; withStored: boolean }>();

  /**
   * Apply to an open document what other instances logged (and, after their store, stored): their
   * editors' changes reach this instance's editors within one log flush, with or without Redis.
   */
  async function pull(documentName: string, withStored: boolean) {
    const running = pulls.get(documentName);
    if (running) {
      running.again = true;
      running.withStored ||= withStored;
      return;
    }
    const current = { again: true, withStored };
    pulls.set(documentName, current);
    try {
      while (current.again) {
        current.again = false;
        const readStored = current.withStored;
        current.withStored = false;
        const state = open.get(documentName);
        const document = hocuspocus.documents.get(documentName);
        if (!state || !document) break;
        const update = readStored
          ? await loadAssessmentState(db, state)
          : await readLoggedUpdates(db, state).then((rows) =>
              rows.length ? Y.mergeUpdates(rows.map((row) => row.update)) : null,
            );
        if (update && hocuspocus.documents.get(documentName) === document)
          Y.applyUpdate(document, update, DATABASE_ORIGIN);
      }
    } catch (error) {
      console.error("[collab] could not read another instance's changes:", (error as Error).message);
    } finally {
      pulls.delete(documentName);
    }
  }

  const stopListening = options
    .listen?.(
      COLLAB_CHANNEL,
      (payload) => {
        const notice = parseInstanceNotice(payload);
        if (!notice || notice.instanceId === instanceId) return;
        const documentName = assessmentDocumentName(notice.assessmentId);
        if (hocuspocus.loadingDocuments.has(documentName)) {
          missedWhileLoading.add(documentName);
          return;
        }
        const document = hocuspocus.documents.get(documentName);
        if (!document) return;
        if (isRedisUp()) {
          // Other instances' edits arrive through Redis. Their stores are still read, as a safety net
          // for what Redis's at-most-once delivery may drop, unless this copy has all they stored.
          if (notice.kind === "log") return;
          if (notice.stateVector && covers(document, notice.stateVector)) return;
        }
        void pull(documentName, notice.kind === "store");
      },
      () => catchUp(),
    )
    .catch((error: unknown) => {
      console.error("[collab] could not listen for other instances' changes:", (error as Error).message);
      return null;
    });

  /**
   * Close every socket whose session has ended (one person's, or everyone's): a sign-out, a password
   * change, "sign out everywhere" or a removal on any instance reaches the sockets on this one. The
   * editor's reconnect is then refused, and it says so.
   */
  async function closeEndedSessions(userId?: string) {
    const connections = [...hocuspocus.documents.values()]
      .flatMap((document) => document.getConnections() as Connection<CollabContext>[])
      .filter((connection) => !userId || connection.context.userId === userId);
    if (!connections.length) return;
    const live = await liveSessionIds(
      db,
      connections.map((connection) => connection.context.sessionId),
    );
    for (const connection of connections) {
      if (live.has(connection.context.sessionId)) continue;
      // The whole socket, not only this document: one socket is one browser, one session, and its
      // reconnect must meet the sign-in check again.
      connection.close({ code: CLOSE_CODES.sessionEnded, reason: SESSION_ENDED });
      connection.webSocket.close(CLOSE_CODES.sessionEnded, SESSION_ENDED);
    }
  }
  const reportSessionCheck = (error: unknown) =>
    console.error("[collab] could not check sessions:", (error as Error).message);
  // Ended sessions are heard through the process's event hub when there is one (one LISTEN for the
  // process), else on a LISTEN of its own. After a gap in the notices, every open socket is checked.
  const onSessionEnded = (userId: string | null) =>
    void closeEndedSessions(userId ?? undefined).catch(reportSessionCheck);
  const stopWatchingSessions = options.events?.watchAllSessions(onSessionEnded);
  const stopSessionListening = options.events
    ? undefined
    : options
        .listen?.(SESSION_ENDED_CHANNEL, onSessionEnded, () => onSessionEnded(null))
        .catch((error: unknown) => {
          console.error("[collab] could not listen for ended sessions:", (error as Error).message);
          return null;
        });

  /** Wait until no store is scheduled, running or about to start (the hooks run a few ticks late). */
  async function settleStores() {
    for (let round = 0; round < 100; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      const isBusy = [...hocuspocus.documents.keys()].some(
        (name) =>
          hocuspocus.debouncer.isDebounced(`onStoreDocument-${name}`) ||
          hocuspocus.debouncer.isCurrentlyExecuting(`onStoreDocument-${name}`),
      );
      if (!isBusy && pendingStores.size === 0) return;
      await Promise.allSettled([...pendingStores]);
    }
  }

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
   * Each editor is told at once, so its text turns read-only (or editable) without waiting.
   */
  async function applyStatus(assessmentId: string) {
    const documentName = assessmentDocumentName(assessmentId);
    const document = hocuspocus.documents.get(documentName);
    const state = open.get(documentName);
    if (!document || !state) return;
    const status = await findAssessmentStatus(db, state);
    if (!status) return;
    const wasDraft = state.status === "draft";
    state.status = status;
    // Locked: store now, so what the reviewers open is what the editors last saw.
    if (wasDraft && status !== "draft" && hocuspocus.debouncer.isDebounced(`onStoreDocument-${documentName}`))
      hocuspocus.debouncer.executeNow(`onStoreDocument-${documentName}`);
    const connections = document.getConnections() as Connection<CollabContext>[];
    const userIds = [...new Set(connections.map((connection) => connection.context.userId))];
    const roles = new Map(
      userIds.length
        ? (
            await db
              .select({ userId: memberships.userId, role: memberships.role })
              .from(memberships)
              .where(and(eq(memberships.teamId, state.teamId), inArray(memberships.userId, userIds)))
          ).map((row) => [row.userId, row.role])
        : [],
    );
    for (const connection of connections) {
      const role = roles.get(connection.context.userId);
      if (!role) {
        connection.close({ code: 4403, reason: NOT_FOUND });
        continue;
      }
      connection.context.role = role;
      syncAccess(connection, lockReason(role, status));
    }
  }
  /**
   * Every open document's rights again (and, after a gap in the database's notices, its stored
   * changes too): a team event or notice lost with a dropped LISTEN heals.
   */
  function refreshOpenDocuments({ withChanges }: { withChanges: boolean }) {
    void closeEndedSessions().catch(reportSessionCheck);
    for (const documentName of hocuspocus.documents.keys()) {
      if (withChanges) void pull(documentName, true);
      const assessmentId = assessmentIdOf(documentName);
      if (assessmentId)
        applyStatus(assessmentId).catch((error: unknown) =>
          console.error("[collab] could not refresh an assessment's rights:", error),
        );
    }
  }
  const refreshTimer = setInterval(
    () => refreshOpenDocuments({ withChanges: false }),
    options.refreshMs ?? 15_000,
  );
  refreshTimer.unref();
  function catchUp() {
    refreshOpenDocuments({ withChanges: true });
  }
  const unsubscribe = options.events?.subscribeAll((event) => {
    if (event.verb === RESYNC_VERB) return catchUp();
    if (event.subjectType !== "assessment" || !STATUS_VERBS.has(event.verb)) return;
    applyStatus(event.subjectId).catch((error: unknown) =>
      console.error("[collab] could not apply a status change:", error),
    );
  });

  return {
    hocuspocus,
    instanceId,
    /**
     * Take over an HTTP upgrade of COLLAB_PATH. A socket opened by a page of another site (its Origin
     * is not the app's) is refused before anything else: the session cookie would otherwise open it.
     */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      if (!isAllowedOrigin(request.headers.origin, request.headers.host)) {
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        return;
      }
      void ws.handleUpgrade(request, socket, head);
    },
    /** How many documents are open (for the benchmark and health). */
    documentsCount: () => hocuspocus.getDocumentsCount(),
    /** Redis's state for `/api/health` (null: not configured). */
    redisHealth: (): RedisHealth | null => redis?.status() ?? null,
    /** Resolves once Redis answers (or after `ms`); true when it does. Without Redis: true. */
    waitForRedis: (ms?: number) => redis?.waitUntilReady(ms) ?? Promise.resolve(true),
    /** Apply an assessment's current status to its open connections (tests; events do it live). */
    applyStatus,
    /**
     * Shutdown: write the update log, store every document with changes not yet stored, wait for the
     * stores, then close the connections (clients reconnect to another instance or after the restart).
     */
    async close() {
      isClosing = true;
      clearInterval(refreshTimer);
      unsubscribe?.();
      for (const retry of storeRetries.values()) clearTimeout(retry.timer);
      await log.flushAll();
      hocuspocus.flushPendingStores();
      await settleStores();
      hocuspocus.closeConnections();
      await settleStores();
      await log.close();
      await (
        await stopListening
      )?.();
      stopWatchingSessions?.();
      await (
        await stopSessionListening
      )?.();
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
  };
}

export type CollabServer = ReturnType<typeof createCollabServer>;
