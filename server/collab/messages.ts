import * as decoding from "lib0/decoding";
import * as Y from "yjs";

/** Hocuspocus's message types that carry document content (Sync, SyncReply). */
const SYNC_TYPES = new Set([0, 4]);
/** y-protocols sync steps that carry changes (SyncStep2, Update); SyncStep1 only asks. */
const CHANGE_STEPS = new Set([1, 2]);

/**
 * The Yjs update a raw client message carries, or null when it carries none (awareness, a state
 * vector, stateless, a malformed frame: Hocuspocus itself handles or refuses those).
 */
export function changeCarriedBy(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (!SYNC_TYPES.has(decoding.readVarUint(decoder))) return null;
    if (!CHANGE_STEPS.has(decoding.readVarUint(decoder))) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

/** True when `update` holds something `document` does not have yet. */
export function hasNewContent(document: Y.Doc, update: Uint8Array): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(document), update);
}

/**
 * True when `update` continues a client's changes from a point `document` has not reached: its
 * earlier changes were refused or never arrived. Yjs would keep such an update aside, invisible, until
 * the gap is filled; acknowledging it would tell its author it is saved while nobody can see it.
 */
export function startsPastGap(document: Y.Doc, update: Uint8Array): boolean {
  const { from } = Y.parseUpdateMeta(update);
  const known = Y.decodeStateVector(Y.encodeStateVector(document));
  for (const [client, clock] of from) if (clock > (known.get(client) ?? 0)) return true;
  return false;
}
