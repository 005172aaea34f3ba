/**
 * The collaboration socket on real sockets and a real database: authorization per team and role, and
 * no lost edits — two clients typing at once, one going offline and typing on, the server restarted in
 * the middle — plus the size limit.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";

import { assessmentAuthors, memberships } from "@/db/schema";
import { createAssessment } from "@/server/services/assessments/create-assessment";
import { decideReview } from "@/server/services/assessments/decide-review";
import { getVersion } from "@/server/services/assessments/get-version";
import { publishAssessment } from "@/server/services/assessments/publish-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import { withdrawReview } from "@/server/services/assessments/withdraw-review";
import {
  connect,
  cookieFor,
  sleep,
  startCollab as startCollabOn,
  storedText as storedTextIn,
  type Client,
  withCollabTestSecret,
  waitFor,
} from "@/server/testing/collab-harness";
import { createTeamWithMembers } from "@/server/testing/factories";
import { hubFor, setupTestDatabase } from "@/server/testing/test-database";

import type { CollabOptions } from "./collab-server";

const t = setupTestDatabase();
withCollabTestSecret();

function startCollab(port = 0, options: CollabOptions = {}) {
  return startCollabOn(t.handle, "events" in options ? undefined : hubFor(t.db), port, options);
}

const storedText = (assessmentId: string) => storedTextIn(t.db, assessmentId);

async function assessmentOf(team: { team: { id: string }; members: { editor: { id: string } } }) {
  return createAssessment(
    { db: t.db, actor: { userId: team.members.editor.id, teamId: team.team.id, role: "editor" } },
    { title: "Tracks", templateKey: "four-track" },
  );
}

describe("collaboration socket", () => {
  it("keeps every keystroke: two typists, one offline for a while, and a server restart in between", async () => {
    const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
    const assessment = await assessmentOf(team);
    let server = await startCollab();
    const port = server.port;
    const a = connect(port, assessment.id, await cookieFor(t.db, team.members.owner.id));
    const b = connect(port, assessment.id, await cookieFor(t.db, team.members.editor.id));
    await waitFor(() => a.provider.isSynced && b.provider.isSynced, "both clients to sync");
    const tokens: string[] = [];
    const type = (client: Client, name: string) => {
      const token = `‹${name}›`;
      tokens.push(token);
      client.type(token);
    };
    // Both type at once.
    for (let i = 0; i < 20; i++) {
      type(a, `a${i}`);
      type(b, `b${i}`);
    }
    await waitFor(
      () => a.text() === b.text() && tokens.every((token) => a.text().includes(token)),
      "live sync",
    );

    // B loses its connection and keeps typing; A types on; the server restarts meanwhile.
    b.socket.shouldConnect = false;
    b.socket.disconnect();
    for (let i = 0; i < 10; i++) type(b, `offline${i}`);
    for (let i = 0; i < 5; i++) type(a, `before-restart${i}`);
    await sleep(200);
    await server.stop();
    // Everything the server had is stored, B's offline typing is not (it never arrived).
    const afterStop = await storedText(assessment.id);
    expect(afterStop).toContain("‹before-restart4›");
    expect(afterStop).not.toContain("‹offline0›");
    for (let i = 0; i < 5; i++) type(a, `during-restart${i}`);
    server = await startCollab(port);
    await b.socket.connect();
    for (let i = 0; i < 5; i++) type(a, `after-restart${i}`);

    await waitFor(
      () => a.text() === b.text() && tokens.every((token) => a.text().includes(token)),
      "both clients to hold every keystroke",
    );
    a.destroy();
    b.destroy();
    // The last one leaving stores the document; stopping the server flushes too.
    await sleep(200);
    await server.stop();
    const stored = await storedText(assessment.id);
    expect(tokens.filter((token) => !stored.includes(token))).toEqual([]);
    expect(tokens).toHaveLength(65);
    const authors = await t.db
      .select({ userId: assessmentAuthors.userId })
      .from(assessmentAuthors)
      .where(eq(assessmentAuthors.assessmentId, assessment.id));
    expect(authors.map((row) => row.userId).sort()).toEqual(
      [team.members.owner.id, team.members.editor.id].sort(),
    );
  });

  it("refuses the signed out and other teams, and gives viewers a read-only document", async () => {
    const team = await createTeamWithMembers(t.db, ["editor", "viewer"]);
    const other = await createTeamWithMembers(t.db, ["owner"]);
    const assessment = await assessmentOf(team);
    const server = await startCollab();
    try {
      const anonymous = connect(server.port, assessment.id, null);
      const outsider = connect(server.port, assessment.id, await cookieFor(t.db, other.members.owner.id));
      const missing = connect(
        server.port,
        "00000000-0000-4000-8000-000000000000",
        await cookieFor(t.db, team.members.editor.id),
      );
      await waitFor(
        () => anonymous.failures.length > 0 && outsider.failures.length > 0 && missing.failures.length > 0,
        "refusals",
      );
      expect(anonymous.failures[0]).toBe("You are signed out. Sign in again to open this assessment.");
      // Another team's document answers exactly as one that does not exist.
      expect(outsider.failures[0]).toBe("That assessment does not exist in your teams.");
      expect(missing.failures[0]).toBe(outsider.failures[0]);
      expect(outsider.doc.getXmlFragment("default").length).toBe(0);
      for (const client of [anonymous, outsider, missing]) client.destroy();

      const editor = connect(server.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      const viewer = connect(server.port, assessment.id, await cookieFor(t.db, team.members.viewer.id));
      await waitFor(() => editor.provider.isSynced && viewer.provider.isSynced, "sync");
      expect(viewer.text()).toBe(editor.text());
      viewer.type("‹viewer was here›");
      editor.type("‹editor›");
      await waitFor(() => viewer.text().includes("‹editor›"), "the viewer to see the editor's change");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(editor.text()).not.toContain("viewer was here");
      editor.destroy();
      viewer.destroy();
    } finally {
      await server.stop();
    }
    expect(await storedText(assessment.id)).not.toContain("viewer was here");
  });

  it("refuses a document grown past the size limit with a clear reason, and keeps what was stored", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    const assessment = await assessmentOf(team);
    const server = await startCollab(0, { maxDocumentBytes: 20_000 });
    try {
      const client = connect(server.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      await waitFor(() => client.provider.isSynced, "sync");
      client.type("‹small edit›");
      const deadline = Date.now() + 5000;
      while (!(await storedText(assessment.id)).includes("‹small edit›") && Date.now() < deadline)
        await sleep(50);
      client.type("x".repeat(30_000));
      // The editor is told why (it shows the message and stops sending); the server drops the document's
      // connection for this client.
      await waitFor(
        () => client.stateless.some((payload) => payload.includes('"too-large"')),
        "the size refusal",
      );
      expect(JSON.parse(client.stateless.find((payload) => payload.includes("too-large")) ?? "{}")).toEqual({
        type: "too-large",
        maxBytes: 20_000,
      });
      client.destroy();
    } finally {
      await server.stop();
    }
    const stored = await storedText(assessment.id);
    expect(stored).toContain("‹small edit›");
    expect(stored).not.toContain("x".repeat(1000));
  });

  it("locks the text in review, unlocks it after publishing, and a stale client cannot change a published version", async () => {
    const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
    const assessment = await assessmentOf(team);
    const editorActor = { userId: team.members.editor.id, teamId: team.team.id, role: "editor" as const };
    const ownerActor = { userId: team.members.owner.id, teamId: team.team.id, role: "owner" as const };
    const server = await startCollab();
    try {
      const editor = connect(server.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      await waitFor(() => editor.provider.isSynced, "sync");
      editor.type("‹before review›");
      await waitFor(() => editor.provider.hasUnsyncedChanges === false, "the edit to reach the server");
      await sleep(300);
      expect(await storedText(assessment.id)).toContain("‹before review›");

      // In review the document is locked for everyone, live, on the open connection.
      await requestReview(
        { db: t.db, actor: editorActor },
        { assessmentId: assessment.id, reviewerIds: [team.members.owner.id] },
      );
      const stale = connect(server.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      await waitFor(() => stale.provider.isSynced, "a second client to sync");
      await sleep(300);
      editor.type("‹typed while locked›");
      stale.type("‹stale while locked›");
      await sleep(500);
      expect(await storedText(assessment.id)).not.toContain("locked›");

      await decideReview(
        { db: t.db, actor: ownerActor },
        { assessmentId: assessment.id, decision: "approve" },
      );
      await publishAssessment({ db: t.db, actor: editorActor }, { assessmentId: assessment.id });
      const published = await getVersion(
        { db: t.db, actor: editorActor },
        { assessmentId: assessment.id, number: 1 },
      );
      expect(JSON.stringify(published.content)).toContain("‹before review›");

      // Published: the draft unlocks toward version 2. The stale client's held-back edit reaches the
      // draft once it syncs again, never the published version.
      await sleep(300);
      stale.provider.forceSync();
      editor.provider.forceSync();
      editor.type("‹after publishing›");
      const deadline = Date.now() + 5000;
      while (!(await storedText(assessment.id)).includes("‹after publishing›") && Date.now() < deadline)
        await sleep(50);
      const draft = await storedText(assessment.id);
      expect(draft).toContain("‹after publishing›");
      const again = await getVersion(
        { db: t.db, actor: editorActor },
        { assessmentId: assessment.id, number: 1 },
      );
      expect(again.content).toEqual(published.content);
      expect(JSON.stringify(again.content)).not.toContain("locked›");
      expect(JSON.stringify(again.content)).not.toContain("after publishing");
      editor.destroy();
      stale.destroy();
    } finally {
      await server.stop();
    }
  });

  it("re-reads rights without the team event, and a demoted member stays read-only after the lock ends", async () => {
    const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
    const assessment = await assessmentOf(team);
    const ownerActor = { userId: team.members.owner.id, teamId: team.team.id, role: "owner" as const };
    const editorActor = { userId: team.members.editor.id, teamId: team.team.id, role: "editor" as const };
    // No team events: only the periodic re-read can tell the server about the review.
    const server = await startCollab(0, { events: undefined, refreshMs: 100 });
    try {
      const editor = connect(server.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
      const owner = connect(server.port, assessment.id, await cookieFor(t.db, team.members.owner.id));
      await waitFor(() => editor.provider.isSynced && owner.provider.isSynced, "sync");
      await requestReview(
        { db: t.db, actor: editorActor },
        { assessmentId: assessment.id, reviewerIds: [team.members.owner.id] },
      );
      await sleep(400);
      owner.type("‹owner while locked›");
      await sleep(500);
      expect(editor.text()).not.toContain("owner while locked");

      // The owner demotes the editor to viewer, then takes the assessment back to draft.
      await t.db
        .update(memberships)
        .set({ role: "viewer" })
        .where(and(eq(memberships.teamId, team.team.id), eq(memberships.userId, team.members.editor.id)));
      await withdrawReview({ db: t.db, actor: ownerActor }, { assessmentId: assessment.id });
      await sleep(400);
      // Unlocked: the editor page syncs at once (what was held back while locked goes through).
      owner.provider.forceSync();
      editor.provider.forceSync();
      editor.type("‹demoted editor›");
      owner.type("‹owner after unlock›");
      await waitFor(
        () => editor.text().includes("‹owner after unlock›"),
        "the owner's edit after the unlock",
      );
      await sleep(300);
      expect(owner.text()).not.toContain("demoted editor");
      editor.destroy();
      owner.destroy();
    } finally {
      await server.stop();
    }
    expect(await storedText(assessment.id)).not.toContain("demoted editor");
  });

  it("refuses a socket opened by a page of another site, even with a valid session cookie", async () => {
    const team = await createTeamWithMembers(t.db, ["editor"]);
    await assessmentOf(team);
    const server = await startCollab();
    try {
      const cookie = await cookieFor(t.db, team.members.editor.id);
      const status = (origin: string) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(`ws://127.0.0.1:${server.port}/collab`, {
            headers: { cookie, origin, host: `127.0.0.1:${server.port}` },
          });
          socket.once("open", () => {
            socket.close();
            resolve(101);
          });
          socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
          socket.once("error", () => resolve(-1));
        });
      expect(await status("https://evil.example")).toBe(403);
      expect(await status(`http://127.0.0.1:${server.port}`)).toBe(101);
    } finally {
      await server.stop();
    }
  });
});
