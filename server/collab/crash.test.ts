/**
 * Crash durability, with the collaboration server in its own process on a real database: killed
 * with SIGKILL while an editor types (and the tab closes at the same instant), it loses at most the
 * last moments of edits it had acknowledged (the update log's flush window); stopped with SIGTERM,
 * it loses none. The database is then read back by another process, as a restart would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";

import { openDatabase, type DatabaseHandle } from "@/db";
import { hubFor, setupTestDatabase } from "@/server/testing/test-database";
import { loadAssessmentState } from "@/server/collab/persistence";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import {
  COLLAB_TEST_SECRET,
  connect,
  cookieFor,
  firstParagraphText,
  occurrences,
  sleep,
  startCollab,
  waitFor,
  type Client,
  withCollabTestSecret,
  TEST_REDIS_URL,
  testRedisAnswers,
  balancer,
} from "@/server/testing/collab-harness";
import { createTeamWithMembers } from "@/server/testing/factories";

/**
 * The tolerated window in this test. The design's window is one log flush (100 ms) plus the write;
 * the benchmark measures it. A loaded CI machine delays timers, so the test allows more, and still
 * fails the old behaviour (1–2 s of edits lost with the store debounce).
 */
const TOLERATED_MS = 600;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database two processes can use in turn: the Postgres server, or a PGlite folder on disk. */
function sharedDatabase(): { env: Record<string, string>; open: () => Promise<DatabaseHandle> } {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return { env: { DATABASE_URL: url }, open: () => openDatabase({ url }) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "analyst-crash-"));
  temporary.push(dir);
  const dataDir = path.join(dir, "pglite");
  return {
    env: { DATABASE_URL: "", DATA_DIR: dataDir },
    open: async () => {
      const handle = await openDatabase({ dataDir });
      await handle.migrate();
      return handle;
    },
  };
}

function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/testing/collab-process.ts"], {
    env: { ...process.env, ...env, AUTH_SECRET: COLLAB_TEST_SECRET, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collab process did not start: ${output}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`collab process exited (${code}): ${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => child.once("exit", () => resolve()));

/** Type a token every ~15 ms, noting when the server acknowledged each. */
function typist(client: Client, prefix: string) {
  const typedAt = new Map<string, number>();
  const ackedAt = new Map<string, number>();
  let waiting: string[] = [];
  client.provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    if (number !== 0) return;
    const now = Date.now();
    for (const token of waiting) ackedAt.set(token, now);
    waiting = [];
  });
  let round = 0;
  let timer: ReturnType<typeof setInterval> | null = setInterval(() => {
    const token = `‹${prefix}${round++}›`;
    typedAt.set(token, Date.now());
    waiting.push(token);
    client.type(token);
  }, 15);
  return {
    ackedAt,
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

async function storedTokens(
  open: () => Promise<DatabaseHandle>,
  key: { teamId: string; assessmentId: string },
) {
  const handle = await open();
  try {
    const state = await loadAssessmentState(handle.db, key);
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    return String(firstParagraphText(doc).toString());
  } finally {
    await handle.close();
  }
}

describe("a collaboration process that dies", () => {
  it("loses at most the flush window on SIGKILL, and nothing on SIGTERM", async () => {
    const shared = sharedDatabase();
    const setup = await shared.open();
    const team = await createTeamWithMembers(setup.db, ["editor"]);
    const actor = { userId: team.members.editor.id, teamId: team.team.id, role: "editor" as const };
    const assessment = await createAssessment(
      { db: setup.db, actor },
      { title: "Crash", templateKey: "four-track" },
    );
    const cookie = await cookieFor(setup.db, team.members.editor.id);
    await setup.close();
    const key = { teamId: team.team.id, assessmentId: assessment.id };

    // SIGKILL while typing; the tab goes at the same instant.
    const first = await startProcess(shared.env);
    const client = connect(first.port, assessment.id, cookie);
    await waitFor(() => client.provider.isSynced, "sync");
    const typing = typist(client, "kill");
    // Past the store's 2 s ceiling, so a store has run (and may be running) when the process dies.
    await sleep(2600);
    const killedAt = Date.now();
    first.child.kill("SIGKILL");
    typing.stop();
    client.destroy();
    await exited(first.child);
    const afterKill = await storedTokens(shared.open, key);
    const lost = [...typing.ackedAt].filter(([token]) => !afterKill.includes(token));
    const window = lost.length ? killedAt - Math.min(...lost.map(([, at]) => at)) : 0;
    expect(typing.ackedAt.size).toBeGreaterThan(30);
    expect(window, `acknowledged edits lost from the last ${window} ms`).toBeLessThanOrEqual(TOLERATED_MS);

    // SIGTERM: a graceful stop keeps every acknowledged edit.
    const second = await startProcess(shared.env);
    const again = connect(second.port, assessment.id, cookie);
    await waitFor(() => again.provider.isSynced, "sync after the restart");
    const more = typist(again, "term");
    await sleep(800);
    more.stop();
    await waitFor(() => !again.provider.hasUnsyncedChanges, "the last edits acknowledged");
    second.child.kill("SIGTERM");
    await exited(second.child);
    again.destroy();
    const afterStop = await storedTokens(shared.open, key);
    expect([...more.ackedAt.keys()].filter((token) => !afterStop.includes(token))).toEqual([]);
  }, 120_000);
});

const REDIS_URL = TEST_REDIS_URL;
const t = setupTestDatabase();
withCollabTestSecret();

const hasRedis = await testRedisAnswers();

describe("an instance that dies while another has the document open through Redis", () => {
  it.skipIf(!process.env.TEST_DATABASE_URL || !hasRedis)(
    "keeps what its editors were told is saved, when they carry on through the other instance",
    async () => {
      const url = process.env.TEST_DATABASE_URL ?? "";
      const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
      const actor = { userId: team.members.editor.id, teamId: team.team.id, role: "editor" as const };
      const assessment = await createAssessment(
        { db: t.db, actor },
        { title: "Relay", templateKey: "four-track" },
      );
      const key = { teamId: team.team.id, assessmentId: assessment.id };
      // A writes its log late, so its death certainly comes before A has written the last edits.
      const a = await startProcess({ DATABASE_URL: url, REDIS_URL, COLLAB_LOG_FLUSH_MS: "60000" });
      const b = await startCollab(t.handle, hubFor(t.db), 0, { redisUrl: REDIS_URL });
      expect(await b.collab.waitForRedis(5000)).toBe(true);
      const target = { port: a.port };
      const front = await balancer(target);
      let isStopped = false;
      // The editor reaches A through the balancer; a teammate has the document open on B.
      const editor = connect(front.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      const teammate = connect(b.port, assessment.id, await cookieFor(t.db, team.members.owner.id));
      try {
        await waitFor(() => editor.provider.isSynced && teammate.provider.isSynced, "sync");
        const tokens: string[] = [];
        for (let i = 0; i < 40; i++) {
          tokens.push(`‹relay${i}›`);
          editor.type(`‹relay${i}›`);
          await sleep(10);
        }
        await waitFor(() => !editor.provider.hasUnsyncedChanges, "every edit acknowledged by A");
        await waitFor(() => tokens.every((token) => teammate.text().includes(token)), "B to have them all");
        // A dies before its next log write; the editor's connection moves on to B, which already has
        // everything, so the editor has nothing to send again.
        a.child.kill("SIGKILL");
        target.port = b.port;
        await exited(a.child);
        await waitFor(
          () => editor.provider.isSynced && !editor.provider.hasUnsyncedChanges,
          "the editor on B",
        );
        editor.destroy();
        teammate.destroy();
        await sleep(300);
        await b.stop();
        isStopped = true;
        const stored = await storedTokens(() => openDatabase({ url }), key);
        expect(tokens.filter((token) => occurrences(stored, token) !== 1)).toEqual([]);
      } finally {
        editor.destroy();
        teammate.destroy();
        a.child.kill("SIGKILL");
        if (!isStopped) await b.stop();
        await front.close();
      }
    },
    60_000,
  );
});
