import type { DatabaseHandle } from "@/db";
import { RESYNC_VERB } from "@/lib/realtime";
import { AppError } from "@/server/errors";
import { SESSION_ENDED_CHANNEL } from "@/server/services/auth/session-rows";

import { parseTeamEvent, TEAM_EVENTS_CHANNEL, type TeamEvent } from "./events";

const NO_TEAM = "00000000-0000-0000-0000-000000000000";

/** The event that tells a subscriber it may have missed events and must catch up. */
function resyncEvent(teamId: string | null): TeamEvent {
  return {
    teamId: teamId ?? NO_TEAM,
    verb: RESYNC_VERB,
    subjectType: "team",
    subjectId: teamId ?? NO_TEAM,
    actorId: null,
    articleId: null,
    claimId: null,
  };
}

type Listener = (event: TeamEvent) => void;

/** How often an open stream re-checks its session, besides the notices of ended sessions. */
const SESSION_RECHECK_MS = 60_000;

/** Add `value` to the set under `key`; the returned function takes it out (and the set once empty). */
function addKeyed<T>(map: Map<string, Set<T>>, key: string, value: T): () => void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
  return () => {
    set.delete(value);
    if (set.size === 0) map.delete(key);
  };
}

/**
 * Fans the database's team events out to the subscriptions open in this process: one LISTEN per
 * process, however many browsers are watching.
 */
export class TeamEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly everyTeam = new Set<Listener>();
  /** Per person: told when one of their sessions ended (anywhere), or when notices may have been lost. */
  private readonly sessionWatchers = new Map<string, Set<() => void>>();
  private readonly everySession = new Set<(userId: string | null) => void>();
  private started: Promise<void> | null = null;
  private stop: (() => Promise<void>) | null = null;
  private stopSessions: (() => Promise<void>) | null = null;

  constructor(private readonly handle: Pick<DatabaseHandle, "listen">) {}

  /** Start listening (once); later calls wait for the first. */
  start(): Promise<void> {
    this.started ??= Promise.all([
      this.handle.listen(
        TEAM_EVENTS_CHANNEL,
        (payload) => this.dispatch(payload),
        () => this.resync(),
      ),
      this.handle.listen(
        SESSION_ENDED_CHANNEL,
        (userId) => this.sessionEnded(userId),
        // Notices sent while the connection was away are lost: everyone may have lost a session.
        () => this.sessionEnded(null),
      ),
    ]).then(([stop, stopSessions]) => {
      this.stop = stop;
      this.stopSessions = stopSessions;
    });
    return this.started;
  }

  /** Be told when one of this person's sessions may have ended, until the returned function is called. */
  watchSessions(userId: string, onEnded: () => void): () => void {
    return addKeyed(this.sessionWatchers, userId, onEnded);
  }

  /**
   * Be told of every ended session in the process's database, with the person's id (null: anyone's,
   * after a gap in the notices), until the returned function is called. One LISTEN serves all.
   */
  watchAllSessions(onEnded: (userId: string | null) => void): () => void {
    this.everySession.add(onEnded);
    return () => this.everySession.delete(onEnded);
  }

  private sessionEnded(userId: string | null) {
    const watchers = userId
      ? (this.sessionWatchers.get(userId) ?? [])
      : [...this.sessionWatchers.values()].flatMap((set) => [...set]);
    for (const onEnded of [...watchers]) onEnded();
    for (const onEnded of [...this.everySession]) {
      try {
        onEnded(userId);
      } catch (error) {
        console.error("[realtime] session listener failed:", error);
      }
    }
  }

  /** Receive the team's events until the returned function is called. */
  subscribe(teamId: string, listener: Listener): () => void {
    return addKeyed(this.listeners, teamId, listener);
  }

  /** Receive every team's events (the collaboration server, which serves all teams' documents). */
  subscribeAll(listener: Listener): () => void {
    this.everyTeam.add(listener);
    return () => {
      this.everyTeam.delete(listener);
    };
  }

  async close(): Promise<void> {
    await this.stop?.();
    await this.stopSessions?.();
    this.stop = null;
    this.stopSessions = null;
    this.started = null;
    this.listeners.clear();
    this.everyTeam.clear();
    this.sessionWatchers.clear();
    this.everySession.clear();
  }

  private dispatch(payload: string) {
    const event = parseTeamEvent(payload);
    if (event) this.deliver(event);
  }

  /**
   * The LISTEN connection came back (a database restart): whatever was announced meanwhile was not
   * heard, so every subscriber is told to catch up (browsers refetch what they show, the
   * collaboration server re-reads its open documents and their rights).
   */
  private resync() {
    const teamIds = new Set([...this.listeners.keys()]);
    for (const teamId of teamIds) this.deliver(resyncEvent(teamId), this.listeners.get(teamId));
    this.deliver(resyncEvent(null), this.everyTeam);
  }

  private deliver(event: TeamEvent, only?: Set<Listener>) {
    const targets = only ? [...only] : [...(this.listeners.get(event.teamId) ?? []), ...this.everyTeam];
    for (const listener of targets) {
      try {
        listener(event);
      } catch (error) {
        console.error("[realtime] listener failed:", error);
      }
    }
  }
}

/**
 * The events of one team for one person, as an async iterable for a tRPC subscription: buffered so
 * a slow client loses nothing in between, ended by the request's abort signal.
 */
export async function* teamEvents(
  hub: TeamEventHub,
  {
    teamId,
    userId,
    signal,
    isSessionLive,
  }: {
    teamId: string;
    userId: string;
    signal: AbortSignal | undefined;
    /** Asked when one of the person's sessions ended somewhere: false ends the stream as signed out. */
    isSessionLive?: () => Promise<boolean>;
  },
): AsyncGenerator<TeamEvent> {
  await hub.start();
  const queue: TeamEvent[] = [];
  let wake: (() => void) | null = null;
  let isSignedOut = false;
  const checkSession = () =>
    void isSessionLive?.().then(
      (isLive) => {
        if (isLive) return;
        isSignedOut = true;
        wake?.();
      },
      (error: unknown) => console.error("[realtime] could not check a session:", error),
    );
  // Told when one of the person's sessions ended anywhere; checked once now (it may have ended since
  // the request's own check) and every minute (sessions also run out, with no notice).
  const unwatch = isSessionLive ? hub.watchSessions(userId, checkSession) : () => undefined;
  const recheck = isSessionLive ? setInterval(checkSession, SESSION_RECHECK_MS) : undefined;
  recheck?.unref();
  checkSession();
  const unsubscribe = hub.subscribe(teamId, (event) => {
    if (event.userIds && !event.userIds.includes(userId)) return;
    // A client that stops reading must not grow the server's memory without bound: past this many
    // waiting events it has to refetch anyway, so the oldest are dropped.
    if (queue.length >= 1000) queue.shift();
    queue.push(event);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);
  try {
    while (!signal?.aborted) {
      // The session ended (signed out here or anywhere): the stream ends as a signed-out request would.
      if (isSignedOut) throw new AppError("UNAUTHENTICATED");
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    unsubscribe();
    unwatch();
    clearInterval(recheck);
  }
}

const HUB_KEY = Symbol.for("analyst-workspace.team-event-hub");
type GlobalWithHub = typeof globalThis & { [HUB_KEY]?: TeamEventHub };

/** The process-wide hub on the process-wide database (kept on globalThis: Next bundles modules twice). */
export function getProcessTeamEventHub(handle: Pick<DatabaseHandle, "listen">): TeamEventHub {
  const store = globalThis as GlobalWithHub;
  store[HUB_KEY] ??= new TeamEventHub(handle);
  return store[HUB_KEY];
}

/** Stop the process-wide hub's LISTEN, if it was started (at shutdown, before the database closes). */
export async function closeProcessTeamEventHub(): Promise<void> {
  const store = globalThis as GlobalWithHub;
  const hub = store[HUB_KEY];
  delete store[HUB_KEY];
  await hub?.close();
}
