import type { RedisHealth } from "./redis-sync";

/** What `/api/health` reports of the collaboration server. */
export interface CollabHealth {
  instanceId: string;
  openDocuments: number;
  redis: RedisHealth;
}

const SOURCE_KEY = Symbol.for("analyst-workspace.collab-health");
type GlobalWithSource = typeof globalThis & { [SOURCE_KEY]?: () => CollabHealth };

/**
 * Register the process's collaboration server for the health check. On globalThis: server.ts and
 * Next's route bundle are separate copies of this module in one process.
 */
export function registerCollabHealth(source: () => CollabHealth): void {
  (globalThis as GlobalWithSource)[SOURCE_KEY] = source;
}

/** The collaboration server's health, or null when none runs in this process. */
export function collabHealth(): CollabHealth | null {
  return (globalThis as GlobalWithSource)[SOURCE_KEY]?.() ?? null;
}
