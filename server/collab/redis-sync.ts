import { Redis } from "@hocuspocus/extension-redis";
import type {
  afterLoadDocumentPayload,
  beforeBroadcastStatelessPayload,
  onAwarenessUpdatePayload,
  onChangePayload,
} from "@hocuspocus/server";

/** How the link to Redis stands, for `/api/health` and the log. */
export interface RedisHealth {
  configured: boolean;
  reachable: boolean;
  /** Since when it has been unreachable (ISO time), while it is. */
  downSince?: string;
  lastError?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a document's load waits for Redis before it opens without it (Redis down). */
const LOAD_WAIT_MS = 1500;

/**
 * Hocuspocus's Redis extension, for live edits and presence between instances, with two changes:
 *
 * - No Redis lock around stores. The extension's lock makes every instance but one skip its store,
 *   trusting that the one has everything; our store merges under a Postgres row lock instead, so
 *   each instance stores what it holds and none can be skipped past while its last changes are
 *   still on their way through Redis.
 * - Redis down does not stop editing. A document's subscription waits at most `LOAD_WAIT_MS`, then
 *   the document opens anyway and subscribes when Redis is back (ioredis queues the commands and
 *   resubscribes); meanwhile instances converge through the database's update log.
 */
export class ResilientRedis extends Redis {
  private readonly health: RedisHealth = { configured: true, reachable: false };
  private isClosing = false;

  constructor(url: string, identifier: string) {
    const parsed = new URL(url);
    super({
      host: parsed.hostname || "127.0.0.1",
      port: Number(parsed.port || 6379),
      identifier,
      prefix: "analyst-workspace",
      options: {
        username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
        password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
        db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined,
        tls: parsed.protocol === "rediss:" ? {} : undefined,
        // Reconnect for ever, every 2 s at most; a command waits for the connection rather than fail.
        retryStrategy: (times: number) => Math.min(times * 200, 2000),
        maxRetriesPerRequest: null,
        lazyConnect: false,
      },
    });
    for (const client of [this.pub, this.sub]) {
      client.on("ready", () => this.onUp());
      client.on("error", (error: Error) => this.onDown(error.message));
      client.on("end", () => this.onDown("connection closed"));
    }
  }

  /** Resolves true once both connections are ready, or false after `ms`. */
  async waitUntilReady(ms = 2000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.health.reachable && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    return this.health.reachable;
  }

  status(): RedisHealth {
    return { ...this.health };
  }

  private onUp() {
    if (this.pub.status !== "ready" || this.sub.status !== "ready") return;
    const wasDown = Boolean(this.health.downSince);
    this.health.reachable = true;
    delete this.health.downSince;
    delete this.health.lastError;
    if (!wasDown) return;
    console.log("[collab] Redis is back: live sync between instances resumes");
    // Nothing was published while it was away: announce every open document's state once, so the
    // other instances answer with what this one lacks (and ask for what they lack).
    for (const document of this.instance?.documents.values() ?? [])
      void super.onChange({ documentName: document.name, document } as onChangePayload);
  }

  private onDown(message: string) {
    if (this.isClosing) return;
    if (this.health.reachable || !this.health.downSince) {
      this.health.downSince = new Date().toISOString();
      console.error(
        `[collab] Redis unreachable (${message}): editing goes on; instances converge through the database until it is back`,
      );
    }
    this.health.reachable = false;
    this.health.lastError = message;
  }

  /**
   * Shutdown: stop taking messages, then quit both connections gracefully (commands already sent get
   * their answers; the extension's own `disconnect` would reject them, unhandled).
   */
  override async onDestroy(): Promise<void> {
    this.isClosing = true;
    this.sub.removeAllListeners("messageBuffer");
    // A graceful quit waits for queued commands; with Redis away it would wait for ever.
    const quit = Promise.allSettled([this.pub.quit(), this.sub.quit()]);
    const gaveUp = await Promise.race([quit.then(() => false), sleep(1000).then(() => true)]);
    if (gaveUp) {
      this.pub.disconnect(false);
      this.sub.disconnect(false);
    }
  }

  override async afterUnloadDocument(payload: Parameters<Redis["afterUnloadDocument"]>[0]): Promise<void> {
    // Shutting down: the connections are closing, so there is nothing to unsubscribe from.
    if (this.isClosing) return;
    await super.afterUnloadDocument(payload);
  }

  // While Redis is away nothing is published: the commands would pile up in ioredis's queue for the
  // whole outage and arrive as a burst of stale requests. The database carries the edits meanwhile.
  override async onChange(data: onChangePayload): Promise<void> {
    if (this.health.reachable) await super.onChange(data);
  }

  override async onAwarenessUpdate(data: onAwarenessUpdatePayload): Promise<void> {
    if (this.health.reachable) await super.onAwarenessUpdate(data);
  }

  override async beforeBroadcastStateless(data: beforeBroadcastStatelessPayload): Promise<number> {
    return this.health.reachable ? super.beforeBroadcastStateless(data) : 0;
  }

  override async onStoreDocument(): Promise<void> {}

  override async afterStoreDocument(): Promise<void> {}

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    const subscribed = super.afterLoadDocument(payload).then(
      () => true,
      (error: unknown) => {
        console.error(
          `[collab] Redis: ${payload.documentName} opened without live sync:`,
          (error as Error).message,
        );
        return false;
      },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), LOAD_WAIT_MS);
    });
    await Promise.race([subscribed, waited]);
    clearTimeout(timer);
  }
}
