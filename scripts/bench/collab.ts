/**
 * The collaboration socket, measured against the production server (its own process) over loopback:
 * propagation latency between editors of one document with 2, 10 and 50 editors, the server's memory
 * per open document, and the time to open a 20-page assessment (socket sync, and in Chromium until
 * the text is on screen). Clients are Yjs documents over Hocuspocus in this process.
 */
import fs from "node:fs";

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { chromium } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";

import { chromiumPath } from "@/scripts/find-chromium.mjs";
import { memberships } from "@/db/schema";
import type { DocJson } from "@/lib/assessments/types";
import { writeAssessmentContent } from "@/server/collab/persistence";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import {
  actorOf,
  createTeamWithMembers,
  createUser,
  FACTORY_PASSWORD,
  type FactoryUser,
} from "@/server/testing/factories";

import { benchDatabase } from "./database";
import { corpusWords, ms, percentile, requireBuild, signInCookie, sleep, startServer } from "./shared";

const PORT = 3293;
const EDITOR_COUNTS = (process.env.COLLAB_EDITORS ?? "2,10,50").split(",").map(Number);
const SAMPLES = Number(process.env.SAMPLES ?? 100);
const OPEN_DOCUMENTS = Number(process.env.COLLAB_DOCUMENTS ?? 100);
const OPEN_SAMPLES = Number(process.env.PAINT_SAMPLES ?? 10);

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  destroy(): void;
}

function connect(base: string, cookie: string, assessmentId: string): Client {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `${base.replace(/^http/, "ws")}/collab`,
    WebSocketPolyfill: CookieSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `assessment:${assessmentId}`,
    document: doc,
    token: "session",
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The first paragraph's text of a document (where every client types its tokens). */
function firstText(doc: Y.Doc): Y.XmlText {
  for (const node of doc.getXmlFragment("default").toArray())
    if (node instanceof Y.XmlElement && node.nodeName === "paragraph") {
      const first = node.firstChild;
      if (first instanceof Y.XmlText) return first;
    }
  throw new Error("bench: no paragraph with text");
}

/** A long assessment: `words` words in sections of a heading, five paragraphs and a key judgment. */
function longDocument(words: string[], total: number): DocJson {
  let n = 0;
  const sentence = (length: number) => {
    const picked = Array.from({ length }, () => words[n++ % words.length] ?? "word");
    return `${picked.join(" ")}.`;
  };
  const content: DocJson[] = [];
  let count = 0;
  for (let section = 1; count < total; section++) {
    content.push({
      type: "heading",
      attrs: { level: 2 },
      content: [{ type: "text", text: `Section ${section}` }],
    });
    for (let paragraph = 0; paragraph < 5; paragraph++) {
      const text = `${sentence(20)} ${sentence(20)} ${sentence(10)}`;
      count += 50;
      content.push({ type: "paragraph", content: [{ type: "text", text }] });
    }
    content.push({
      type: "keyJudgment",
      attrs: { likelihood: "likely", confidence: "moderate" },
      content: [{ type: "text", text: sentence(15) }],
    });
    count += 15;
  }
  return { type: "doc", content };
}

function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export async function benchCollab(): Promise<string> {
  requireBuild();
  const target = benchDatabase();
  const handle = await target.open();
  const world = await createTeamWithMembers(handle.db, ["owner", "editor"]);
  const editorActor = actorOf(world, "editor");
  const maxEditors = Math.max(...EDITOR_COUNTS);
  const editors: FactoryUser[] = [world.members.editor, world.members.owner];
  while (editors.length < maxEditors) {
    const user = await createUser(handle.db);
    await handle.db.insert(memberships).values({ teamId: world.team.id, userId: user.id, role: "editor" });
    editors.push(user);
  }
  const small = async () =>
    (
      await createAssessment(
        { db: handle.db, actor: editorActor },
        { title: "Bench", templateKey: "key-judgments" },
      )
    ).id;
  const latencyDocs = new Map<number, string>();
  for (const count of EDITOR_COUNTS) latencyDocs.set(count, await small());
  const memoryDocs: string[] = [];
  for (let i = 0; i < OPEN_DOCUMENTS; i++) memoryDocs.push(await small());
  const words = corpusWords();
  const long = longDocument(words, 10_000);
  const longId = (
    await createAssessment(
      { db: handle.db, actor: editorActor },
      { title: "Twenty pages", templateKey: "blank" },
    )
  ).id;
  const { sizeBytes: longBytes } = await writeAssessmentContent(handle.db, {
    teamId: world.team.id,
    assessmentId: longId,
    json: long,
    authorIds: [],
  });
  await handle.close();

  const lines = [
    `### Collaboration (${target.label}; production server in its own process, clients over loopback in the bench process)`,
    "",
  ];
  const server = await startServer(PORT, target.server);
  try {
    const cookies: string[] = [];
    for (const user of editors) cookies.push(await signInCookie(server.base, user.email, FACTORY_PASSWORD));

    // Propagation: one editor types a token; time until each other editor's document has it.
    lines.push(
      "| Editors on one document | Samples | Each receiver p50 | p95 | Last receiver p50 | p95 |",
      "|---|---|---|---|---|---|",
    );
    for (const count of EDITOR_COUNTS) {
      const assessmentId = latencyDocs.get(count) ?? "";
      const clients = cookies.slice(0, count).map((cookie) => connect(server.base, cookie, assessmentId));
      await until(() => clients.every((client) => client.provider.isSynced), `${count} clients to sync`);
      const each: number[] = [];
      const last: number[] = [];
      const samples = count >= 50 ? Math.min(SAMPLES, 60) : SAMPLES;
      for (let sample = -3; sample < samples; sample++) {
        const writer = clients[(sample + 3) % count];
        if (!writer) continue;
        const token = `‹${count}-${sample}›`;
        const receivers = clients.filter((client) => client !== writer);
        const arrived = new Map<Client, number>();
        const listeners = receivers.map((client) => {
          const listener = () => {
            if (!arrived.has(client) && String(firstText(client.doc).toString()).includes(token))
              arrived.set(client, performance.now());
          };
          client.doc.on("update", listener);
          return () => client.doc.off("update", listener);
        });
        const begin = performance.now();
        const text = firstText(writer.doc);
        text.insert(text.length, token);
        await until(() => arrived.size === receivers.length, `token ${token} to reach everyone`);
        for (const stop of listeners) stop();
        if (sample < 0) continue;
        const times = [...arrived.values()].map((time) => time - begin);
        each.push(...times);
        last.push(Math.max(...times));
        await sleep(20);
      }
      lines.push(
        `| ${count} | ${last.length} | ${ms(percentile(each, 50))} | ${ms(percentile(each, 95))} | ${ms(percentile(last, 50))} | ${ms(percentile(last, 95))} |`,
      );
      for (const client of clients) client.destroy();
      await sleep(500);
    }
    lines.push("");

    // Memory: open many documents (one connection each) and read the server's resident memory.
    await sleep(3000);
    const before = rssOf(server.child.pid);
    const open = memoryDocs.map((id, index) =>
      connect(server.base, cookies[index % cookies.length] ?? "", id),
    );
    await until(() => open.every((client) => client.provider.isSynced), "documents to open", 120_000);
    await sleep(3000);
    const after = rssOf(server.child.pid);
    const perDocument = (after - before) / open.length;
    for (const client of open) client.destroy();
    lines.push(
      `Server memory per open document (key-judgments template, one connection each, ${open.length} documents): ${(perDocument / 1024).toFixed(0)} KiB of resident memory (RSS ${(before / 1048576).toFixed(0)} → ${(after / 1048576).toFixed(0)} MiB).`,
      "",
    );

    // A 20-page assessment (10,000 words): socket sync, cold (loaded from the database) and warm.
    const syncTimes: number[] = [];
    for (let sample = 0; sample < 5; sample++) {
      await sleep(2500); // each open starts after the previous client has left
      const begin = performance.now();
      const client = connect(server.base, cookies[0] ?? "", longId);
      await until(() => client.provider.isSynced, "the long document to sync");
      syncTimes.push(performance.now() - begin);
      client.destroy();
    }
    const browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    const openTimes: number[] = [];
    try {
      const context = await browser.newContext();
      const url = new URL(server.base);
      await context.addCookies(
        (cookies[0] ?? "").split("; ").map((pair) => {
          const [name = "", ...value] = pair.split("=");
          return { name, value: value.join("="), domain: url.hostname, path: "/" };
        }),
      );
      const page = await context.newPage();
      const address = `${server.base}/t/${world.team.slug}/assessments/${longId}`;
      const lastHeading = `Section ${long.content?.filter((node) => node.type === "heading").length ?? 1}`;
      for (let sample = 0; sample < OPEN_SAMPLES + 1; sample++) {
        const begin = performance.now();
        await page.goto(address, { waitUntil: "commit" });
        await page
          .getByRole("textbox", { name: "Assessment text" })
          .getByRole("heading", { name: lastHeading, exact: true })
          .waitFor();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        if (sample > 0) openTimes.push(performance.now() - begin);
      }
    } finally {
      await browser.close();
    }
    lines.push(
      `Opening a 20-page assessment (10,000 words, ${(longBytes / 1024).toFixed(0)} KiB of Yjs state): socket sync p50 ${ms(percentile(syncTimes, 50))}, max ${ms(Math.max(...syncTimes))}; in Chromium from navigation to the whole text on screen p50 ${ms(percentile(openTimes, 50))}, p95 ${ms(percentile(openTimes, 95))} (${openTimes.length} loads after one warm-up).`,
    );
  } finally {
    await server.stop();
    target.cleanup();
  }
  return lines.join("\n");
}
