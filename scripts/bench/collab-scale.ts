/**
 * Collaboration across instances, measured with real processes (server/testing/collab-process.ts:
 * the real database handle, event hub and collaboration server, without Next) on a Postgres server
 * (BENCH_DATABASE_URL; PGlite serves one process) and the local Redis:
 *
 * - `collab-scale`: propagation between editors on different instances at 2, 10 and 50 editors,
 *   through Redis and through the database alone; acknowledged edits lost on SIGKILL with the tab
 *   closing at the same instant (the window); the cost of a merged store against an overwrite.
 * - `collab-soak`: five clients over two instances typing unique tokens for 60 s with random
 *   disconnects and one instance killed and restarted; tokens lost or doubled (must be 0).
 */
import { spawn, type ChildProcess } from "node:child_process";

import { yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { and, eq, sql } from "drizzle-orm";
import * as Y from "yjs";

import type { Database } from "@/db";
import { assessments, memberships } from "@/db/schema";
import { docText } from "@/lib/assessments/doc-text";
import type { DocJson } from "@/lib/assessments/types";
import { countWords } from "@/lib/text/document";
import {
  loadAssessmentState,
  storeAssessmentDocument,
  writeAssessmentContent,
} from "@/server/collab/persistence";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import {
  COLLAB_TEST_SECRET,
  connect,
  cookieFor,
  firstParagraphText,
  occurrences,
  type Client,
} from "@/server/testing/collab-harness";
import { actorOf, createTeamWithMembers, createUser } from "@/server/testing/factories";

import { benchDatabase } from "./database";
import { corpusWords, ms, percentile, root, sleep } from "./shared";

const EDITOR_COUNTS = (process.env.COLLAB_EDITORS ?? "2,10,50").split(",").map(Number);
const SAMPLES = Number(process.env.SAMPLES ?? 60);
const SOAK_MS = Number(process.env.SOAK_SECONDS ?? 60) * 1000;
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

interface Instance {
  child: ChildProcess;
  port: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function startInstance(databaseUrl: string, redisUrl: string, port = 0): Promise<Instance> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/testing/collab-process.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      AUTH_SECRET: COLLAB_TEST_SECRET,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const listening = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`collab process exited (${code})`)));
  });
  return {
    child,
    port: listening,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    },
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(2);
  }
}

async function world(db: Database, editors: number) {
  const team = await createTeamWithMembers(db, ["owner", "editor"]);
  const people = [team.members.owner.id, team.members.editor.id];
  while (people.length < editors) {
    const user = await createUser(db);
    await db.insert(memberships).values({ teamId: team.team.id, userId: user.id, role: "editor" });
    people.push(user.id);
  }
  const cookies = await Promise.all(people.map((id) => cookieFor(db, id)));
  const newDocument = async (templateKey: "key-judgments" | "four-track" = "key-judgments") =>
    (await createAssessment({ db, actor: actorOf(team, "editor") }, { title: "Bench", templateKey })).id;
  return { team, cookies, newDocument };
}

/** Propagation from one editor to all the others, editors alternating between two instances. */
async function propagation(
  ports: [number, number],
  cookies: string[],
  assessmentId: string,
  count: number,
): Promise<{ each: number[]; last: number[]; cross: number[] }> {
  const clients = cookies.slice(0, count).map((cookie, index) => ({
    client: connect(index % 2 === 0 ? ports[0] : ports[1], assessmentId, cookie),
    instance: index % 2,
  }));
  await until(() => clients.every(({ client }) => client.provider.isSynced), `${count} clients to sync`);
  const each: number[] = [];
  const last: number[] = [];
  const cross: number[] = [];
  const samples = count >= 50 ? Math.min(SAMPLES, 40) : SAMPLES;
  for (let sample = -3; sample < samples; sample++) {
    const writer = clients[(sample + 3) % count];
    if (!writer) continue;
    const token = `‹${count}-${sample}›`;
    const receivers = clients.filter((entry) => entry !== writer);
    const arrived = new Map<Client, number>();
    const stops = receivers.map(({ client }) => {
      const listener = () => {
        if (!arrived.has(client) && String(firstParagraphText(client.doc).toString()).includes(token))
          arrived.set(client, performance.now());
      };
      client.doc.on("update", listener);
      return () => client.doc.off("update", listener);
    });
    const begin = performance.now();
    writer.client.type(token);
    await until(() => arrived.size === receivers.length, `token ${token} to reach everyone`);
    for (const stop of stops) stop();
    if (sample < 0) continue;
    for (const { client, instance } of receivers) {
      const time = (arrived.get(client) ?? begin) - begin;
      each.push(time);
      if (instance !== writer.instance) cross.push(time);
    }
    last.push(Math.max(...receivers.map(({ client }) => (arrived.get(client) ?? begin) - begin)));
    await sleep(20);
  }
  for (const { client } of clients) client.destroy();
  return { each, last, cross };
}

/** The window of acknowledged edits lost when the process is killed as the tab closes. */
async function killWindow(
  databaseUrl: string,
  db: Database,
  cookie: string,
  assessmentId: string,
  teamId: string,
) {
  const instance = await startInstance(databaseUrl, "");
  const client = connect(instance.port, assessmentId, cookie);
  await until(() => client.provider.isSynced, "sync");
  const acked = new Map<string, number>();
  let waiting: string[] = [];
  client.provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    if (number !== 0) return;
    for (const token of waiting) acked.set(token, performance.now());
    waiting = [];
  });
  let round = 0;
  const timer = setInterval(() => {
    const token = `‹k${assessmentId.slice(0, 4)}-${round++}›`;
    waiting.push(token);
    client.type(token);
  }, 10);
  await sleep(1000 + Math.random() * 1000);
  const killedAt = performance.now();
  instance.child.kill("SIGKILL");
  clearInterval(timer);
  client.destroy();
  await new Promise((resolve) => instance.child.once("exit", resolve));
  const state = await loadAssessmentState(db, { teamId, assessmentId });
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  const text = String(firstParagraphText(doc).toString());
  const lost = [...acked].filter(([token]) => !text.includes(token));
  return {
    acked: acked.size,
    lost: lost.length,
    window: lost.length ? killedAt - Math.min(...lost.map(([, at]) => at)) : 0,
  };
}

/** The store as it was before merging: the instance's own state written over the row. */
async function overwriteStore(db: Database, teamId: string, assessmentId: string, document: Y.Doc) {
  const state = Y.encodeStateAsUpdate(document);
  const content = yDocToProsemirrorJSON(document, "default") as DocJson;
  const text = docText(content);
  await db
    .update(assessments)
    .set({
      ydoc: state,
      content,
      contentText: text,
      wordCount: countWords(text),
      sizeBytes: state.byteLength,
      updatedAt: sql`now()`,
    })
    .where(and(eq(assessments.id, assessmentId), eq(assessments.teamId, teamId)));
}

function longDocument(total: number): DocJson {
  const words = corpusWords();
  let n = 0;
  const content: DocJson[] = [];
  for (let count = 0; count < total; count += 50) {
    const text = Array.from({ length: 50 }, () => words[n++ % words.length] ?? "word").join(" ");
    content.push({ type: "paragraph", content: [{ type: "text", text: `${text}.` }] });
  }
  return { type: "doc", content };
}

async function storeCost(db: Database, teamId: string, newDocument: () => Promise<string>) {
  const rows: string[] = [];
  for (const [label, json] of [
    ["key-judgments template", null],
    ["20 pages (10,000 words)", longDocument(10_000)],
  ] as const) {
    const assessmentId = await newDocument();
    if (json) await writeAssessmentContent(db, { teamId, assessmentId, json, authorIds: [] });
    const document = new Y.Doc();
    const state = await loadAssessmentState(db, { teamId, assessmentId });
    if (state) Y.applyUpdate(document, state);
    const text = firstParagraphText(document);
    const time = async (store: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 33; i++) {
        text.insert(text.length, "x");
        const begin = performance.now();
        await store();
        if (i >= 3) times.push(performance.now() - begin);
      }
      return times;
    };
    const overwrite = await time(() => overwriteStore(db, teamId, assessmentId, document));
    const merged = await time(() =>
      storeAssessmentDocument(db, { teamId, assessmentId, document, authorIds: [] }),
    );
    rows.push(
      `| ${label} | ${(Y.encodeStateAsUpdate(document).byteLength / 1024).toFixed(0)} KiB | ${ms(percentile(overwrite, 50))} / ${ms(percentile(overwrite, 95))} | ${ms(percentile(merged, 50))} / ${ms(percentile(merged, 95))} |`,
    );
    document.destroy();
  }
  return [
    "| Document | Yjs state | Overwrite p50 / p95 | Merged store p50 / p95 |",
    "|---|---|---|---|",
    ...rows,
  ];
}

export async function benchCollabScale(): Promise<string> {
  const target = benchDatabase();
  const handle = await target.open();
  const lines = [`### Collaboration across instances (${target.label})`, ""];
  try {
    const setup = await world(handle.db, Math.max(...EDITOR_COUNTS));
    lines.push(
      "Store cost (one keystroke, then a store; 30 samples):",
      "",
      ...(await storeCost(handle.db, setup.team.team.id, setup.newDocument)),
      "",
    );
    const url = target.server.databaseUrl;
    if (!url) {
      lines.push(
        "Propagation across instances and the SIGKILL window need a Postgres server: set BENCH_DATABASE_URL.",
      );
      return lines.join("\n");
    }
    lines.push(
      "Propagation between editors alternating between two instances (collaboration processes on one database); one editor types a token, time until each other editor has it:",
      "",
      "| Sync between instances | Editors | Each receiver p50 | p95 | On the other instance p50 | p95 | Last receiver p50 | p95 |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const [label, redis] of [
      ["Redis", REDIS_URL],
      ["database only (no Redis)", ""],
    ] as const) {
      const a = await startInstance(url, redis);
      const b = await startInstance(url, redis);
      try {
        await sleep(500);
        for (const count of EDITOR_COUNTS) {
          const result = await propagation([a.port, b.port], setup.cookies, await setup.newDocument(), count);
          lines.push(
            `| ${label} | ${count} | ${ms(percentile(result.each, 50))} | ${ms(percentile(result.each, 95))} | ${ms(percentile(result.cross, 50))} | ${ms(percentile(result.cross, 95))} | ${ms(percentile(result.last, 50))} | ${ms(percentile(result.last, 95))} |`,
          );
          await sleep(300);
        }
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    }
    lines.push("");
    const windows: number[] = [];
    let acked = 0;
    let lost = 0;
    for (let sample = 0; sample < 5; sample++) {
      const result = await killWindow(
        url,
        handle.db,
        setup.cookies[1] ?? "",
        await setup.newDocument(),
        setup.team.team.id,
      );
      windows.push(result.window);
      acked += result.acked;
      lost += result.lost;
    }
    lines.push(
      `SIGKILL while typing (a keystroke every 10 ms, the tab closed at the same instant), 5 runs: ${lost} of ${acked} acknowledged edits lost; the lost ones were acknowledged in the last ${ms(percentile(windows, 50))} (median) / ${ms(Math.max(...windows))} (worst) before the kill.`,
    );
  } finally {
    await handle.close();
    target.cleanup();
  }
  return lines.join("\n");
}

export async function benchCollabSoak(): Promise<string> {
  const target = benchDatabase();
  const url = target.server.databaseUrl;
  if (!url)
    return "### Collaboration soak\n\nNeeds a Postgres server for two instances: set BENCH_DATABASE_URL.";
  const handle = await target.open();
  const lines = [
    `### Collaboration soak (${target.label}; ${SOAK_MS / 1000} s, five clients over two instances, random disconnects, one instance killed with SIGKILL and restarted)`,
    "",
    "| Sync between instances | Tokens typed | Disconnects | Lost | Doubled | Converged after |",
    "|---|---|---|---|---|---|",
  ];
  try {
    const setup = await world(handle.db, 2);
    for (const [label, redis] of [
      ["Redis", REDIS_URL],
      ["database only (no Redis)", ""],
    ] as const) {
      const assessmentId = await setup.newDocument("four-track");
      const a = await startInstance(url, redis);
      let b = await startInstance(url, redis);
      const bPort = b.port;
      const clients = Array.from({ length: 5 }, (_, i) =>
        connect(i % 2 === 0 ? a.port : bPort, assessmentId, setup.cookies[i % 2] ?? ""),
      );
      await until(() => clients.every((client) => client.provider.isSynced), "sync");
      const tokens: string[] = [];
      let disconnects = 0;
      let restarted = false;
      const started = performance.now();
      let round = 0;
      while (performance.now() - started < SOAK_MS) {
        round++;
        for (const [index, client] of clients.entries()) {
          const token = `‹${index}-${round}›`;
          tokens.push(token);
          client.type(token);
          if (Math.random() < 0.02 && client.socket.shouldConnect) {
            disconnects++;
            client.socket.shouldConnect = false;
            client.socket.disconnect();
            setTimeout(() => void client.socket.connect(), 100 + Math.random() * 900);
          }
        }
        if (!restarted && performance.now() - started > SOAK_MS / 2) {
          restarted = true;
          await b.stop("SIGKILL");
          b = await startInstance(url, redis, bPort);
        }
        await sleep(50 + Math.random() * 100);
      }
      for (const client of clients) if (!client.socket.shouldConnect) await client.socket.connect();
      const settle = performance.now();
      const bad = (text: string) => tokens.filter((token) => occurrences(text, token) !== 1);
      await until(
        () => clients.every((client) => bad(client.text()).length === 0),
        "convergence",
        60_000,
      ).catch(() => undefined);
      const convergedAfter = performance.now() - settle;
      for (const client of clients) client.destroy();
      await sleep(1500);
      await Promise.all([a.stop(), b.stop()]);
      const state = await loadAssessmentState(handle.db, { teamId: setup.team.team.id, assessmentId });
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      const stored = String(firstParagraphText(doc).toString());
      const lost = tokens.filter((token) => occurrences(stored, token) === 0).length;
      const doubled = tokens.filter((token) => occurrences(stored, token) > 1).length;
      lines.push(
        `| ${label} | ${tokens.length} | ${disconnects} | ${lost} | ${doubled} | ${ms(convergedAfter)} |`,
      );
    }
  } finally {
    await handle.close();
    target.cleanup();
  }
  return lines.join("\n");
}
