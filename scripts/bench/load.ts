/**
 * Throughput under a team's real use: LOAD_ANALYSTS (200) analysts of one team (owners, editors and
 * viewers, each with their own account and session) on a library of LOAD_ARTICLES (3,000) generated
 * articles and LOAD_CLAIMS (2,000) claims, driving the production server over HTTP with the mix an
 * analyst's day makes: the library 25 %, a search 20 %, the reader (article and its claims, one
 * batched call as the browser sends it) 20 %, the Claims page 15 %, the inbox 10 %, and a write 10 %
 * (an editor tags a claim, a viewer comments on one).
 *
 * Two runs per deployment, LOAD_SECONDS (60) each after a warm-up:
 * - closed loop: every analyst sends the next request as soon as the last one answered (the most the
 *   server can do);
 * - open loop: every analyst acts every LOAD_INTERVAL_MS (2,000) ms whatever the server is doing;
 *   latency counts from when the request was due, so a server that falls behind is not flattered.
 * Printed: requests/s, p50/p95/p99 per kind, errors, the server's CPU (share of one core) and its
 * memory (RSS at rest before the run, at the end, and the most seen). One instance, then two on the
 * same database (Postgres only: PGlite is one process's), each analyst on one of them.
 */
import fs from "node:fs";
import os from "node:os";

import { eq, sql } from "drizzle-orm";

import { articles, memberships, teams } from "@/db/schema";
import type { TeamRole } from "@/lib/roles";
import { startSession } from "@/server/services/auth/session-rows";
import type { Actor } from "@/server/services/context";
import { sessionCookie } from "@/server/testing/collab-harness";
import {
  createClaimFixture,
  createCommentFixture,
  createSourceFixture,
  createUser,
} from "@/server/testing/factories";

import { randomFrom, tailWord } from "./corpus";
import { benchDatabase } from "./database";
import { generateArticles } from "./library";
import { percentile, requireBuild, sleep, startServer } from "./shared";

const ANALYSTS = Number(process.env.LOAD_ANALYSTS ?? 200);
const ARTICLES = Number(process.env.LOAD_ARTICLES ?? 3_000);
const CLAIMS = Number(process.env.LOAD_CLAIMS ?? 2_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WARM_SECONDS = Number(process.env.LOAD_WARM_SECONDS ?? 10);
const INTERVAL_MS = Number(process.env.LOAD_INTERVAL_MS ?? 2_000);
const PORT = 3391;
/** startServer's secret: the bench mints its analysts' session cookies with it. */
const SECRET = "bench-secret-0123456789abcdef0123456789";

const KINDS = ["library", "search", "reader", "claims page", "inbox", "write"] as const;
type Kind = (typeof KINDS)[number];
const MIX: [Kind, number][] = [
  ["library", 25],
  ["search", 20],
  ["reader", 20],
  ["claims page", 15],
  ["inbox", 10],
  ["write", 10],
];
/** Words an analyst searches for: common ones and names from the long tail. */
const SEARCHES = [
  "embassy",
  "ceasefire",
  "sanctions",
  '"diplomatic missions"',
  "talks -istanbul",
  tailWord(300),
];

interface Analyst {
  role: TeamRole;
  cookie: string;
}

interface World {
  teamSlug: string;
  analysts: Analyst[];
  articleIds: string[];
  claimIds: string[];
  /** Passages an editor can tag, per article. */
  passages: { articleId: string; start: number; end: number; quote: string }[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function kindOf(random: () => number): Kind {
  let roll = random() * 100;
  for (const [kind, weight] of MIX) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "library";
}

async function buildWorld(): Promise<{ world: World; target: ReturnType<typeof benchDatabase> }> {
  const target = benchDatabase();
  const handle = await target.open();
  const db = handle.db;
  const tag = Date.now().toString(36);
  const [team] = await db
    .insert(teams)
    .values({ name: `Load team ${tag}`, slug: `load-${tag}` })
    .returning({ id: teams.id, slug: teams.slug });
  if (!team) throw new Error("load bench: team not created");
  // One owner in ten, six editors, three viewers: a desk with a few leads and some readers.
  const roles: TeamRole[] = Array.from({ length: ANALYSTS }, (_, i) =>
    i % 10 === 0 ? "owner" : i % 10 <= 6 ? "editor" : "viewer",
  );
  const people = [];
  // startSession logs each session it starts; 200 lines of it say nothing here.
  const info = console.info;
  console.info = () => undefined;
  for (const [i, role] of roles.entries()) {
    const user = await createUser(db, { name: `Analyst ${i + 1}` });
    await db.insert(memberships).values({ teamId: team.id, userId: user.id, role });
    const session = await startSession(db, {
      userId: user.id,
      userAgent: "load bench",
      ipAddress: "127.0.0.1",
    });
    people.push({
      role,
      userId: user.id,
      cookie: await sessionCookie({ sub: user.id, sid: session.sessionId }, SECRET),
    });
  }
  console.info = info;
  const firstOwner = people[0];
  if (!firstOwner) throw new Error("load bench: no analysts");
  const owner: Actor = { userId: firstOwner.userId, teamId: team.id, role: "owner" };
  const outlet = await createSourceFixture(db, owner, { name: "Load Wire" });
  await generateArticles(db, team.id, owner.userId, outlet.id, 1, ARTICLES);
  const rows = await db
    .select({ id: articles.id, text: articles.text })
    .from(articles)
    .where(eq(articles.teamId, team.id));
  const passages: World["passages"] = [];
  for (const row of rows) {
    // Sentences of the article that a reader might tag: a few per article, at word boundaries.
    const sentences = [...row.text.slice(0, 4_000).matchAll(/[A-Z][^.\n]{30,160}\./g)].slice(0, 3);
    for (const match of sentences)
      passages.push({
        articleId: row.id,
        start: match.index,
        end: match.index + match[0].length,
        quote: match[0],
      });
  }
  const random = randomFrom(7);
  const claimIds: string[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const passage = pick(random, passages);
    const author = people[(i * 7) % people.length];
    const actor: Actor = {
      userId: author && author.role !== "viewer" ? author.userId : owner.userId,
      teamId: team.id,
      role: author && author.role !== "viewer" ? author.role : "owner",
    };
    const claim = await createClaimFixture(db, actor, passage.articleId, {
      phrase: passage.quote,
      statement: `Claim ${i + 1}: ${passage.quote.slice(0, 80)}`,
    });
    claimIds.push(claim.id);
    if (i % 4 === 0) await createCommentFixture(db, owner, { claimId: claim.id });
  }
  await db.execute(sql`analyze`);
  await handle.close();
  return {
    target,
    world: {
      teamSlug: team.slug,
      analysts: people.map(({ role, cookie }) => ({ role, cookie })),
      articleIds: rows.map((row) => row.id),
      claimIds,
      passages,
    },
  };
}

/** One analyst's next request: its method, path and body, as the browser's tRPC client sends it. */
function requestFor(kind: Kind, analyst: Analyst, world: World, random: () => number) {
  const team = { teamSlug: world.teamSlug };
  const get = (paths: string[], inputs: unknown[]) => {
    const batch = paths.length > 1;
    const input = batch
      ? Object.fromEntries(inputs.map((value, i) => [String(i), { json: value }]))
      : { json: inputs[0] };
    return {
      method: "GET",
      path: `/api/trpc/${paths.join(",")}?${batch ? "batch=1&" : ""}input=${encodeURIComponent(JSON.stringify(input))}`,
      body: undefined as string | undefined,
    };
  };
  switch (kind) {
    case "library":
      return get(["articles.list"], [{ ...team, limit: 25 }]);
    case "search":
      return get(["articles.list"], [{ ...team, q: pick(random, SEARCHES), limit: 25 }]);
    case "reader": {
      const articleId = pick(random, world.articleIds);
      return get(
        ["articles.get", "claims.listByArticle"],
        [
          { ...team, articleId },
          { ...team, articleId },
        ],
      );
    }
    case "claims page":
      return get(
        ["claims.list"],
        [random() < 0.3 ? { ...team, q: pick(random, SEARCHES.slice(0, 3)) } : team],
      );
    case "inbox":
      return get(["notifications.list", "notifications.unreadCount"], [{ ...team, limit: 30 }, team]);
    case "write": {
      if (analyst.role === "viewer") {
        const claimId = pick(random, world.claimIds);
        const body = {
          json: { ...team, subject: { claimId }, body: `A note on this claim (${random().toFixed(6)})` },
        };
        return { method: "POST", path: "/api/trpc/comments.create", body: JSON.stringify(body) };
      }
      const passage = pick(random, world.passages);
      const body = {
        json: { ...team, ...passage, statement: `Load claim ${random().toFixed(6)}`, type: "fact" },
      };
      return { method: "POST", path: "/api/trpc/claims.create", body: JSON.stringify(body) };
    }
  }
}

interface Sample {
  kind: Kind;
  ms: number;
  isError: boolean;
}

async function send(
  base: string,
  analyst: Analyst,
  request: ReturnType<typeof requestFor>,
): Promise<boolean> {
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: {
        cookie: analyst.cookie,
        ...(request.body ? { "content-type": "application/json" } : {}),
        origin: base,
      },
      body: request.body,
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) a process has used, and its resident memory in MiB, from /proc. */
function processUsage(pid: number): { cpuSeconds: number; rssMiB: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return { cpuSeconds: ticks / 100, rssMiB: Number(rss?.[1] ?? 0) / 1024 };
}

/** The Postgres server's processes (postmaster and backends), when it runs on this machine. */
function postgresPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    });
}

/** CPU seconds the Postgres server's processes have used (those alive at both readings). */
function postgresCpu(): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of postgresPids()) {
    try {
      used.set(pid, processUsage(pid).cpuSeconds);
    } catch {
      // a backend that ended between the listing and the reading
    }
  }
  return used;
}

interface RunResult {
  samples: Sample[];
  seconds: number;
  cpu: number[];
  /** Share of a core used by this process (the simulated browsers) and by Postgres. */
  clientCpu: number;
  postgresCpu: number;
  rssAtRest: number[];
  rssEnd: number[];
  rssMax: number[];
}

/**
 * Drive `bases` (one per instance; analyst i on bases[i % n]) for `seconds`: closed loop, or open
 * loop with each analyst due every INTERVAL_MS. The first `warm` seconds are sent but not counted.
 */
async function drive(
  world: World,
  bases: string[],
  pids: number[],
  mode: "closed" | "open",
  seconds: number,
  warm: number,
): Promise<RunResult> {
  const samples: Sample[] = [];
  const started = performance.now();
  const countFrom = started + warm * 1000;
  const stopAt = countFrom + seconds * 1000;
  let before = pids.map(processUsage);
  const rssAtRest = before.map((usage) => usage.rssMiB);
  const rssMax = [...rssAtRest];
  let cpuFrom = before;
  let clientFrom = process.cpuUsage();
  let postgresFrom = postgresCpu();
  const watcher = setInterval(() => {
    const now = pids.map(processUsage);
    now.forEach((usage, i) => (rssMax[i] = Math.max(rssMax[i] ?? 0, usage.rssMiB)));
    if (performance.now() < countFrom) {
      cpuFrom = now;
      clientFrom = process.cpuUsage();
      postgresFrom = postgresCpu();
    }
  }, 500);
  const pending: Promise<void>[] = [];
  const record = (kind: Kind, due: number, isOk: boolean) => {
    const finished = performance.now();
    if (due >= countFrom && due < stopAt) samples.push({ kind, ms: finished - due, isError: !isOk });
  };
  world.analysts.forEach((analyst, i) => {
    const random = randomFrom(1_000 + i);
    const base = bases[i % bases.length] ?? "";
    if (mode === "closed") {
      pending.push(
        (async () => {
          while (performance.now() < stopAt) {
            const kind = kindOf(random);
            const due = performance.now();
            record(kind, due, await send(base, analyst, requestFor(kind, analyst, world, random)));
          }
        })(),
      );
      return;
    }
    pending.push(
      (async () => {
        // Spread the analysts over the interval, then keep each one's schedule whatever the answers.
        let due = started + random() * INTERVAL_MS;
        const inFlight: Promise<void>[] = [];
        while (due < stopAt) {
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          const kind = kindOf(random);
          const thisDue = due;
          inFlight.push(
            send(base, analyst, requestFor(kind, analyst, world, random)).then((isOk) =>
              record(kind, thisDue, isOk),
            ),
          );
          due += INTERVAL_MS * (0.8 + 0.4 * random());
        }
        await Promise.all(inFlight);
      })(),
    );
  });
  await Promise.all(pending);
  clearInterval(watcher);
  before = cpuFrom;
  const after = pids.map(processUsage);
  const elapsed = (performance.now() - countFrom) / 1000;
  const client = process.cpuUsage(clientFrom);
  let postgresSeconds = 0;
  for (const [pid, seconds] of postgresCpu()) postgresSeconds += seconds - (postgresFrom.get(pid) ?? seconds);
  return {
    samples,
    seconds: Math.min(elapsed, seconds),
    cpu: after.map((usage, i) => (usage.cpuSeconds - (before[i]?.cpuSeconds ?? 0)) / elapsed),
    clientCpu: (client.user + client.system) / 1e6 / elapsed,
    postgresCpu: postgresSeconds / elapsed,
    rssAtRest,
    rssEnd: after.map((usage) => usage.rssMiB),
    rssMax,
  };
}

const fmt = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const mib = (values: number[]) => values.map((value) => fmt(value)).join(" + ");

function report(title: string, result: RunResult): string[] {
  const lines = [
    `##### ${title}`,
    "",
    "| kind | requests | errors | p50 ms | p95 ms | p99 ms |",
    "|---|---|---|---|---|---|",
  ];
  for (const kind of [...KINDS, null]) {
    const some = result.samples.filter((sample) => kind === null || sample.kind === kind);
    const times = some.map((sample) => sample.ms);
    lines.push(
      `| ${kind ?? "**all**"} | ${some.length.toLocaleString("en")} | ${some.filter((s) => s.isError).length} | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 95))} | ${fmt(percentile(times, 99))} |`,
    );
  }
  const rate = result.samples.length / result.seconds;
  lines.push(
    "",
    `${fmt(rate)} requests/s over ${fmt(result.seconds)} s; server CPU ${result.cpu.map((share) => `${Math.round(share * 100)} %`).join(" + ")} of a core (${fmt((result.cpu.reduce((a, b) => a + b, 0) * 1000) / Math.max(rate, 0.001))} ms of CPU per request); RSS ${mib(result.rssAtRest)} MiB at rest before, ${mib(result.rssMax)} at most, ${mib(result.rssEnd)} at the end. Beside it: Postgres ${Math.round(result.postgresCpu * 100)} %, the simulated browsers ${Math.round(result.clientCpu * 100)} % (of ${os.cpus().length} cores).`,
    "",
  );
  return lines;
}

export async function benchLoad(): Promise<string> {
  requireBuild();
  const setupStarted = performance.now();
  const { world, target } = await buildWorld();
  const lines = [
    `### Load: ${ANALYSTS} analysts of one team on ${target.label}`,
    "",
    `${ARTICLES.toLocaleString("en")} articles, ${CLAIMS.toLocaleString("en")} claims (set up in ${fmt((performance.now() - setupStarted) / 1000)} s). Mix: ${MIX.map(([kind, weight]) => `${kind} ${weight} %`).join(", ")}. ${WARM_SECONDS} s of warm-up before each counted run of ${SECONDS} s.`,
    "",
  ];
  const deployments = target.server.databaseUrl ? [1, 2] : [1];
  const closedRates: number[] = [];
  try {
    for (const instances of deployments) {
      const servers = [];
      for (let i = 0; i < instances; i++) servers.push(await startServer(PORT + i, target.server));
      try {
        const bases = servers.map((server) => server.base);
        const pids = servers.map((server) => server.child.pid ?? 0);
        const label = `${instances} ${instances === 1 ? "instance" : "instances"}`;
        const closed = await drive(world, bases, pids, "closed", SECONDS, WARM_SECONDS);
        closedRates.push(closed.samples.length / closed.seconds);
        lines.push(...report(`${label}, closed loop (${ANALYSTS} connections, no pause)`, closed));
        const open = await drive(world, bases, pids, "open", SECONDS, WARM_SECONDS);
        lines.push(
          ...report(
            `${label}, open loop (each analyst every ${INTERVAL_MS / 1000} s: ${fmt((ANALYSTS * 1000) / INTERVAL_MS)} requests/s offered)`,
            open,
          ),
        );
      } finally {
        for (const server of servers) await server.stop();
      }
    }
  } finally {
    target.cleanup();
  }
  if (closedRates.length === 2)
    lines.push(
      `Two instances did ${fmt((closedRates[1] ?? 0) / Math.max(closedRates[0] ?? 1, 0.001))}× one, closed loop.`,
      "",
    );
  return lines.join("\n");
}
