import { prosemirrorJSONToYDoc, updateYFragment, yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import * as Y from "yjs";

import type { Database } from "@/db";
import { assessmentAuthors, assessments, assessmentUpdates, memberships, users } from "@/db/schema";
import { docText } from "@/lib/assessments/doc-text";
import { assessmentSchema } from "@/lib/assessments/extensions";
import type { DocJson } from "@/lib/assessments/types";
import type { TeamRole } from "@/lib/roles";
import { countWords } from "@/lib/text/document";
import { publishTeamEvent } from "@/server/realtime/events";

/** The Yjs field Tiptap's collaboration extension edits. */
export const YJS_FIELD = "default";

/**
 * The channel on which collaboration servers tell each other that an assessment's stored state or
 * its update log has grown. Not a team event: browsers never hear it, only collaboration servers.
 */
export const COLLAB_CHANNEL = "collab_updates";

/** What travels on {@link COLLAB_CHANNEL}: which document, who wrote, and whether it was a store. */
export interface InstanceNotice {
  assessmentId: string;
  /** The instance that wrote (it ignores its own notices). */
  instanceId: string;
  kind: "log" | "store";
  /** After a store: the stored state's state vector (base64), when it is small enough to send. */
  stateVector?: string;
}

/** Parse a notice from the channel; anything malformed is dropped. */
export function parseInstanceNotice(payload: string): InstanceNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<InstanceNotice>;
    return typeof value.assessmentId === "string" &&
      typeof value.instanceId === "string" &&
      (value.kind === "log" || value.kind === "store")
      ? {
          assessmentId: value.assessmentId,
          instanceId: value.instanceId,
          kind: value.kind,
          ...(typeof value.stateVector === "string" ? { stateVector: value.stateVector } : {}),
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * The transaction origin of changes a collaboration server applies from the database: they are
 * stored already, so they are neither logged again nor scheduled for a store (Hocuspocus skips the
 * store hooks for `skipStoreHooks`), but they do reach every connected editor.
 */
export const DATABASE_ORIGIN = {
  source: "local",
  skipStoreHooks: true,
  context: { fromDatabase: true },
} as const;

/** True for a transaction origin made by {@link DATABASE_ORIGIN}. */
export function isDatabaseOrigin(origin: unknown): boolean {
  return origin === DATABASE_ORIGIN;
}

let cachedSchema: ReturnType<typeof assessmentSchema> | undefined;
function schema() {
  cachedSchema ??= assessmentSchema();
  return cachedSchema;
}

/** A template's (or any stored) ProseMirror JSON as a Yjs update, to seed a new document. */
export function jsonToYjsUpdate(json: DocJson): Uint8Array {
  return Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(schema(), json, YJS_FIELD));
}

/**
 * An assessment's team and status, found only through the person's own membership: an assessment
 * of a team they are not in is not found, exactly like one that does not exist.
 */
export async function findAssessmentForMember(
  db: Database,
  { assessmentId, userId }: { assessmentId: string; userId: string },
): Promise<{ teamId: string; status: string; role: TeamRole; name: string } | null> {
  const [row] = await db
    .select({
      teamId: assessments.teamId,
      status: assessments.status,
      role: memberships.role,
      name: users.name,
    })
    .from(assessments)
    .innerJoin(memberships, and(eq(memberships.teamId, assessments.teamId), eq(memberships.userId, userId)))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  return row ?? null;
}

/** An assessment's review status (for the collaboration server's rights), in its team. */
export async function findAssessmentStatus(
  db: Database,
  { teamId, assessmentId }: { teamId: string; assessmentId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.teamId, teamId)))
    .limit(1);
  return row?.status ?? null;
}

interface DocumentKey {
  teamId: string;
  assessmentId: string;
}

/** The update log's rows for a document, oldest first. */
export async function readLoggedUpdates(db: Database, key: DocumentKey) {
  return db
    .select({ id: assessmentUpdates.id, userId: assessmentUpdates.userId, update: assessmentUpdates.update })
    .from(assessmentUpdates)
    .where(
      and(eq(assessmentUpdates.assessmentId, key.assessmentId), eq(assessmentUpdates.teamId, key.teamId)),
    )
    .orderBy(asc(assessmentUpdates.id));
}

/**
 * Everything the database holds of a document, as one Yjs update, and its review status: the stored
 * state and every logged update not yet folded into it. A document created before states were kept
 * (no `ydoc`) gets one made from its JSON first, written only if still missing, so two instances
 * opening it at once cannot each make their own copy of the same text (merged, it would appear twice).
 */
export async function loadAssessmentDocument(
  db: Database,
  key: DocumentKey,
): Promise<{ update: Uint8Array; status: string } | null> {
  const where = and(eq(assessments.id, key.assessmentId), eq(assessments.teamId, key.teamId));
  const read = () =>
    db.select({ ydoc: assessments.ydoc, status: assessments.status }).from(assessments).where(where).limit(1);
  let [row] = await read();
  if (!row) return null;
  if (!row.ydoc || row.ydoc.byteLength === 0) {
    // Only here is the JSON needed: a stored state is the usual case, and the JSON can be large.
    const [legacy] = await db
      .select({ content: assessments.content })
      .from(assessments)
      .where(where)
      .limit(1);
    if (!legacy) return null;
    await db
      .update(assessments)
      .set({ ydoc: jsonToYjsUpdate(legacy.content) })
      .where(and(where, isNull(assessments.ydoc)));
    [row] = await read();
    if (!row?.ydoc) return null;
  }
  const logged = await readLoggedUpdates(db, key);
  const update = logged.length
    ? Y.mergeUpdates([row.ydoc, ...logged.map((entry) => entry.update)])
    : row.ydoc;
  return { update, status: row.status };
}

/**
 * The text as its editors have it now, as ProseMirror JSON: the stored state with every change
 * logged since (the log trails typing by one flush, 100 ms; the stored JSON by a store, ~1 s). Null
 * for an assessment of another team or none.
 */
export async function loadCurrentContent(db: Database, key: DocumentKey): Promise<DocJson | null> {
  const update = await loadAssessmentState(db, key);
  if (!update) return null;
  const document = new Y.Doc();
  try {
    Y.applyUpdate(document, update);
    return yDocToProsemirrorJSON(document, YJS_FIELD) as DocJson;
  } finally {
    document.destroy();
  }
}

/** {@link loadAssessmentDocument}'s update alone. */
export async function loadAssessmentState(db: Database, key: DocumentKey): Promise<Uint8Array | null> {
  return (await loadAssessmentDocument(db, key))?.update ?? null;
}

/**
 * Append a batch of received changes to the update log and tell the other instances, in one
 * transaction (the notice is delivered only once the rows are visible).
 */
export async function appendLoggedUpdates(
  db: Database,
  key: DocumentKey & {
    instanceId: string;
    batches: readonly { userId: string | null; update: Uint8Array }[];
  },
): Promise<void> {
  if (key.batches.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(assessmentUpdates).values(
      key.batches.map((batch) => ({
        teamId: key.teamId,
        assessmentId: key.assessmentId,
        userId: batch.userId,
        update: batch.update,
      })),
    );
    await notifyInstances(tx, { assessmentId: key.assessmentId, instanceId: key.instanceId, kind: "log" });
  });
}

async function notifyInstances(db: Database, notice: InstanceNotice) {
  await db.execute(sql`select pg_notify(${COLLAB_CHANNEL}, ${JSON.stringify(notice)})`);
}

/** True when a Yjs document holds changes it cannot place yet (their predecessors have not arrived). */
function hasPendingChanges(document: Y.Doc): boolean {
  return document.store.pendingStructs !== null || document.store.pendingDs !== null;
}

/**
 * Store a document by merging, never overwriting: under a row lock, whatever other instances stored
 * or logged is first applied to `document` (so this instance and its editors catch up), then the
 * union is written as the Yjs state (the truth), with the ProseMirror JSON, plain text and word count
 * derived from it (for search, rendering, the checks and export). The log rows folded in are deleted.
 * The people who edited since the last store, and those named by the folded rows, are recorded as
 * authors. Teammates' lists and the other instances hear about it.
 */
export async function storeAssessmentDocument(
  db: Database,
  input: DocumentKey & { document: Y.Doc; authorIds: readonly string[]; instanceId?: string },
): Promise<{ sizeBytes: number }> {
  return db.transaction(async (tx) => {
    // FOR NO KEY UPDATE: serialises stores of this document, without blocking log appends (their
    // foreign key takes only a key-share lock on the row).
    const [row] = await tx
      .select({ ydoc: assessments.ydoc })
      .from(assessments)
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.teamId, input.teamId)))
      .for("no key update");
    if (!row) return { sizeBytes: 0 };
    const logged = await readLoggedUpdates(tx, input);
    const remote = [...(row.ydoc?.byteLength ? [row.ydoc] : []), ...logged.map((entry) => entry.update)];
    if (remote.length) Y.applyUpdate(input.document, Y.mergeUpdates(remote), DATABASE_ORIGIN);
    // Changes whose predecessors have not arrived yet are not in the document's own encoding: keep
    // them in the stored state too, so nothing that reached the database ever leaves it.
    const state = hasPendingChanges(input.document)
      ? Y.mergeUpdates([...remote, Y.encodeStateAsUpdate(input.document)])
      : Y.encodeStateAsUpdate(input.document);
    const content = yDocToProsemirrorJSON(input.document, YJS_FIELD) as DocJson;
    const text = docText(content);
    await tx
      .update(assessments)
      .set({
        ydoc: state,
        content,
        contentText: text,
        wordCount: countWords(text),
        sizeBytes: state.byteLength,
        updatedAt: sql`now()`,
      })
      .where(and(eq(assessments.id, input.assessmentId), eq(assessments.teamId, input.teamId)));
    if (logged.length)
      await tx.delete(assessmentUpdates).where(
        and(
          eq(assessmentUpdates.teamId, input.teamId),
          inArray(
            assessmentUpdates.id,
            logged.map((entry) => entry.id),
          ),
        ),
      );
    const authorIds = [
      ...new Set([...input.authorIds, ...logged.flatMap((entry) => (entry.userId ? [entry.userId] : []))]),
    ];
    if (authorIds.length > 0)
      await tx
        .insert(assessmentAuthors)
        .values(
          authorIds.map((userId) => ({ assessmentId: input.assessmentId, userId, teamId: input.teamId })),
        )
        .onConflictDoUpdate({
          target: [assessmentAuthors.assessmentId, assessmentAuthors.userId],
          set: { lastEditAt: sql`now()` },
        });
    await publishTeamEvent(tx, {
      teamId: input.teamId,
      verb: "assessment.saved",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      actorId: authorIds[0] ?? null,
      articleId: null,
      claimId: null,
    });
    // A NOTIFY payload is limited to 8,000 bytes; past a few hundred editing sessions the state
    // vector is left out and the other instances simply read the row.
    const stateVector = Buffer.from(Y.encodeStateVector(input.document)).toString("base64");
    await notifyInstances(tx, {
      assessmentId: input.assessmentId,
      instanceId: input.instanceId ?? "direct",
      kind: "store",
      ...(stateVector.length <= 6000 ? { stateVector } : {}),
    });
    return { sizeBytes: state.byteLength };
  });
}

/**
 * Write new content into an assessment as an edit of its collaborative document (the seed and the
 * benchmarks; no editor needs to be open): the stored state is loaded, changed to match `json` with
 * the smallest Yjs change, and stored by merging, so editors that have it open receive the change.
 */
export async function writeAssessmentContent(
  db: Database,
  input: DocumentKey & { json: DocJson; authorIds: readonly string[] },
): Promise<{ sizeBytes: number }> {
  const document = new Y.Doc();
  try {
    const state = await loadAssessmentState(db, input);
    if (state) Y.applyUpdate(document, state);
    document.transact(() => {
      updateYFragment(document, document.getXmlFragment(YJS_FIELD), schema().nodeFromJSON(input.json), {
        mapping: new Map(),
        isOMark: new Map(),
      });
    });
    return await storeAssessmentDocument(db, { ...input, document });
  } finally {
    document.destroy();
  }
}
