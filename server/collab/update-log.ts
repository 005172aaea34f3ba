import * as Y from "yjs";

import type { Database } from "@/db";

import { appendLoggedUpdates } from "./persistence";

interface Entry {
  userId: string | null;
  update: Uint8Array;
}

interface Pending {
  teamId: string;
  assessmentId: string;
  entries: Entry[];
  timer: ReturnType<typeof setTimeout> | null;
}

export interface UpdateLogOptions {
  instanceId: string;
  /** How long a received change may wait before it is in the database (the crash window). */
  flushMs: number;
}

/** The same person's changes in one batch, merged: one row per person per flush. */
function batchesOf(entries: readonly Entry[]): Entry[] {
  const byUser = new Map<string | null, Uint8Array[]>();
  for (const entry of entries) {
    const list = byUser.get(entry.userId) ?? [];
    list.push(entry.update);
    byUser.set(entry.userId, list);
  }
  return [...byUser].map(([userId, updates]) => ({
    userId,
    update: updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates),
  }));
}

/**
 * Every change an instance receives is appended to the database's update log within `flushMs`, so a
 * crash loses at most that much, and other instances holding the document open can read it at once.
 * A failed append (the database away) keeps the changes and tries again with a growing delay.
 */
export class UpdateLog {
  private readonly pending = new Map<string, Pending>();
  private readonly inFlight = new Set<Promise<void>>();
  private retryDelay = 0;
  private isClosed = false;

  constructor(
    private readonly db: Database,
    private readonly options: UpdateLogOptions,
  ) {}

  /** Queue a change received for a document. */
  record(documentName: string, key: { teamId: string; assessmentId: string }, entry: Entry): void {
    let pending = this.pending.get(documentName);
    if (!pending) {
      pending = { ...key, entries: [], timer: null };
      this.pending.set(documentName, pending);
    }
    pending.entries.push(entry);
    this.schedule(documentName, pending, this.retryDelay || this.options.flushMs);
  }

  /** Write everything waiting now (shutdown), and wait for writes already under way. */
  async flushAll(): Promise<void> {
    await Promise.allSettled([...this.pending.keys()].map((name) => this.flush(name)));
    await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await this.flushAll();
    const left = [...this.pending.values()].reduce((sum, pending) => sum + pending.entries.length, 0);
    if (left > 0)
      console.error(
        `[collab] update log: ${left} changes could not be written before shutdown (the database is away)`,
      );
  }

  private schedule(documentName: string, pending: Pending, delay: number) {
    if (pending.timer || this.isClosed) return;
    pending.timer = setTimeout(() => {
      pending.timer = null;
      void this.flush(documentName);
    }, delay);
  }

  private flush(documentName: string): Promise<void> {
    const pending = this.pending.get(documentName);
    if (!pending || pending.entries.length === 0) return Promise.resolve();
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = null;
    this.pending.delete(documentName);
    const batches = batchesOf(pending.entries);
    const write = appendLoggedUpdates(this.db, {
      teamId: pending.teamId,
      assessmentId: pending.assessmentId,
      instanceId: this.options.instanceId,
      batches,
    }).then(
      () => {
        if (this.retryDelay) console.log("[collab] update log: writing again");
        this.retryDelay = 0;
      },
      (error: unknown) => {
        if (!this.retryDelay)
          console.error(
            "[collab] update log: could not write changes (kept in memory, retrying):",
            (error as Error).message,
          );
        this.retryDelay = Math.min(Math.max(this.retryDelay * 2, 500), 10_000);
        // Back in front of anything that arrived meanwhile (merged, so a long outage stays small).
        const key = { teamId: pending.teamId, assessmentId: pending.assessmentId };
        const later = this.pending.get(documentName);
        if (later?.timer) clearTimeout(later.timer);
        this.pending.delete(documentName);
        for (const entry of [...batches, ...(later?.entries ?? [])]) this.record(documentName, key, entry);
      },
    );
    this.inFlight.add(write);
    void write.finally(() => this.inFlight.delete(write));
    return write;
  }
}
