import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

import { createTeam, expect, signIn, startAssessment, test } from "../fixtures";

/**
 * The deployment people run behind a load balancer: two app instances on one Postgres database (and
 * Redis, where it runs), two people each reaching a different instance, co-editing one assessment.
 * Each sees the other's typing live, and after both leave a reader on a third instance finds it all.
 * PGlite is one process by design, so this needs the Postgres server the suite's second run uses.
 */
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "";
const REDIS_URL = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379";
const PORTS = [3192, 3193];

async function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => resolve(false));
  });
}

function startInstance(port: number, redisUrl: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL: redisUrl,
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      SEED_DEMO: "false",
      E2E_FIXTURES: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

test("two people on two app instances co-edit one assessment and each sees the other's text live", async ({
  browser,
  request,
}) => {
  test.skip(!DATABASE_URL, "needs a Postgres server (E2E_DATABASE_URL): PGlite serves one process");
  test.setTimeout(180_000);
  const hasRedis = await answers(REDIS_URL);
  if (!hasRedis && process.env.CI) throw new Error(`CI needs Redis at ${REDIS_URL}`);
  const instances = PORTS.map((port) => startInstance(port, hasRedis ? REDIS_URL : ""));
  try {
    for (const port of PORTS)
      await expect
        .poll(
          async () =>
            (await request.get(`http://localhost:${port}/api/health`).catch(() => null))?.status() ?? 0,
          { timeout: 90_000 },
        )
        .toBe(200);
    for (const port of PORTS) {
      const health = (await (await request.get(`http://localhost:${port}/api/health`)).json()) as {
        status: string;
        collaboration: { redis: { configured: boolean; reachable?: boolean } };
      };
      expect(health.status).toBe("ok");
      expect(health.collaboration.redis).toEqual(
        hasRedis ? { configured: true, reachable: true } : { configured: false },
      );
    }

    const team = await createTeam(request);
    const [first, second] = await Promise.all(
      PORTS.map((port) => browser.newContext({ baseURL: `http://localhost:${port}` })),
    );
    if (!first || !second) throw new Error("no contexts");
    const editor = await first.newPage();
    const owner = await second.newPage();
    await signIn(editor, team.members.editor);
    await signIn(owner, team.members.owner);

    // The editor starts an assessment on the first instance.
    const editorText = await startAssessment(editor, team.team.slug, {
      title: "Across two instances",
      template: /Key judgments brief/,
    });
    await expect(editor.getByText("All changes saved")).toBeVisible();

    // The owner opens the same address on the second instance.
    await owner.goto(new URL(editor.url()).pathname);
    const ownerText = owner.getByRole("textbox", { name: "Assessment text" });
    await expect(ownerText).toHaveAttribute("contenteditable", "true");
    if (hasRedis)
      // Presence crosses instances through Redis.
      await expect(owner.getByRole("list", { name: "People here" }).getByRole("listitem")).toHaveCount(2);

    const firstParagraph = (page: typeof editor) =>
      page.getByRole("textbox", { name: "Assessment text" }).locator("p").first();
    await firstParagraph(editor).click();
    await editor.keyboard.press("End");
    await editor.keyboard.type(" Typed on the first instance.");
    await expect(ownerText.getByText(/Typed on the first instance\./)).toBeVisible();
    await firstParagraph(owner).click();
    await owner.keyboard.press("End");
    await owner.keyboard.type(" Typed on the second instance.");
    await expect(editorText.getByText(/Typed on the second instance\./)).toBeVisible();

    // Both leave. A reader on a third instance (the suite's own server, which never had the
    // document open) finds both sentences: they are in the database, not only in memory.
    await expect(editor.getByText("All changes saved")).toBeVisible();
    await expect(owner.getByText("All changes saved")).toBeVisible();
    const path = new URL(editor.url()).pathname;
    await Promise.all([first.close(), second.close()]);
    const third = await browser.newContext();
    const reader = await third.newPage();
    await signIn(reader, team.members.viewer);
    await reader.goto(path);
    await expect(
      reader
        .getByRole("textbox", { name: "Assessment text" })
        .getByText(/Typed on the first instance\. Typed on the second instance\./),
    ).toBeVisible();
    await third.close();
  } finally {
    for (const instance of instances) instance.child.kill("SIGTERM");
    await Promise.all(
      instances.map(
        (instance) =>
          new Promise<void>((resolve) => {
            if (instance.child.exitCode !== null) return resolve();
            instance.child.once("exit", () => resolve());
          }),
      ),
    );
  }
});
