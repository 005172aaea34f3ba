/**
 * Review locks lose nothing and hold nothing back, across two instances on one real database: an
 * editor typing while the review starts is told at once which changes were not applied (and resets,
 * as the editor page does); after the review is withdrawn everything typed reaches everyone; a tab
 * closed right after typing loses nothing it was told is saved. A client that ignores the refusal
 * never gets an edit acknowledged that nobody else can see.
 */
import { describe, expect, it } from "vitest";

import { createAssessment } from "@/server/services/assessments/create-assessment";
import { requestReview } from "@/server/services/assessments/request-review";
import { withdrawReview } from "@/server/services/assessments/withdraw-review";
import {
  connect,
  cookieFor,
  occurrences,
  sleep,
  startCollab,
  storedParagraph,
  type Client,
  withCollabTestSecret,
  waitFor,
} from "@/server/testing/collab-harness";
import { createTeamWithMembers } from "@/server/testing/factories";
import { hubFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();
withCollabTestSecret();

async function setup() {
  const team = await createTeamWithMembers(t.db, ["owner", "editor"]);
  const editor = { userId: team.members.editor.id, teamId: team.team.id, role: "editor" as const };
  const owner = { userId: team.members.owner.id, teamId: team.team.id, role: "owner" as const };
  const assessment = await createAssessment(
    { db: t.db, actor: editor },
    { title: "Tracks", templateKey: "four-track" },
  );
  const a = await startCollab(t.handle, hubFor(t.db));
  const b = await startCollab(t.handle, hubFor(t.db));
  return { team, editor, owner, assessment, a, b };
}

type Outcome = "saved" | "refused";

/** What the server last told a client of its rights (the first notice comes on connecting). */
function lastAccess(client: Client) {
  return client.notices.findLast((notice) => notice.type === "access");
}

/** Type one token and wait for the server's verdict: acknowledged, or reported as not applied. */
async function typeAndWait(client: Client, token: string): Promise<Outcome> {
  const refusalsBefore = client.notices.filter((notice) => notice.type === "refused").length;
  client.type(token);
  let outcome: Outcome | null = null;
  await waitFor(
    () => {
      if (client.notices.filter((notice) => notice.type === "refused").length > refusalsBefore)
        outcome = "refused";
      else if (!client.provider.hasUnsyncedChanges) outcome = "saved";
      return outcome !== null;
    },
    `a verdict on ${token}`,
    5000,
  );
  return outcome ?? "refused";
}

describe("review locks", () => {
  it("tells the author what was not saved when the review starts mid-typing, and keeps every saved edit", async () => {
    const { team, editor, owner, assessment, a, b } = await setup();
    const cookie = await cookieFor(t.db, team.members.editor.id);
    let typist = connect(a.port, assessment.id, cookie);
    const observer = connect(b.port, assessment.id, await cookieFor(t.db, team.members.owner.id));
    const outcomes = new Map<string, Outcome>();
    try {
      await waitFor(() => typist.provider.isSynced && observer.provider.isSynced, "sync");
      // The review starts while the editor types (the request goes through another instance's
      // database connection; the lock reaches instance A through the team events).
      const review = sleep(250).then(() =>
        requestReview(
          { db: t.db, actor: editor },
          { assessmentId: assessment.id, reviewerIds: [owner.userId] },
        ),
      );
      let round = 0;
      while (![...outcomes.values()].includes("refused") && round < 200) {
        const token = `‹before-${round++}›`;
        outcomes.set(token, await typeAndWait(typist, token));
      }
      await review;
      expect([...outcomes.values()]).toContain("refused");
      // The lock reached the open editor as a notice, not only as dropped changes.
      expect(typist.notices).toContainEqual({ type: "access", readOnly: true, reason: "locked" });

      // As the editor page does on a refusal: start again from the server's text.
      typist.destroy();
      typist = connect(a.port, assessment.id, cookie);
      await waitFor(() => typist.provider.isSynced, "the reset editor to sync");
      for (const [token, outcome] of outcomes)
        expect(occurrences(typist.text(), token), token).toBe(outcome === "saved" ? 1 : 0);

      await withdrawReview({ db: t.db, actor: owner }, { assessmentId: assessment.id });
      await waitFor(() => lastAccess(typist)?.readOnly === false, "the unlock notice");
      for (let i = 0; i < 5; i++) {
        const token = `‹after-${i}›`;
        outcomes.set(token, await typeAndWait(typist, token));
      }
      // The tab closes the moment the last edit is acknowledged.
      typist.destroy();
      const saved = [...outcomes].filter(([, outcome]) => outcome === "saved").map(([token]) => token);
      const refused = [...outcomes].filter(([, outcome]) => outcome === "refused").map(([token]) => token);
      expect(saved).toContain("‹after-4›");
      await waitFor(
        () => saved.every((token) => observer.text().includes(token)),
        "the observer on B to see every saved edit",
      );
      expect(refused.filter((token) => observer.text().includes(token))).toEqual([]);
      observer.destroy();
    } finally {
      typist.destroy();
      observer.destroy();
      await Promise.all([a.stop(), b.stop()]);
    }
    const stored = await storedParagraph(t.db, assessment.id);
    for (const [token, outcome] of outcomes)
      expect(occurrences(stored, token), token).toBe(outcome === "saved" ? 1 : 0);
  });

  it("never acknowledges an edit nobody can see, even from a client that ignores the refusal", async () => {
    const { team, editor, owner, assessment, a, b } = await setup();
    const stale = connect(a.port, assessment.id, await cookieFor(t.db, team.members.editor.id));
    const observer = connect(b.port, assessment.id, await cookieFor(t.db, team.members.owner.id));
    try {
      await waitFor(() => stale.provider.isSynced && observer.provider.isSynced, "sync");
      await requestReview(
        { db: t.db, actor: editor },
        { assessmentId: assessment.id, reviewerIds: [owner.userId] },
      );
      await waitFor(() => lastAccess(stale)?.readOnly === true, "the lock");
      expect(await typeAndWait(stale, "‹while-locked›")).toBe("refused");

      await withdrawReview({ db: t.db, actor: owner }, { assessmentId: assessment.id });
      await waitFor(() => lastAccess(stale)?.readOnly === false, "the unlock");
      // This client keeps its refused change and types on. Its next change starts past the gap the
      // refusal left: the server applies it only together with what it was missing.
      stale.type("‹after-unlock›");
      await waitFor(() => !stale.provider.hasUnsyncedChanges, "the edit to be acknowledged");
      await waitFor(
        () => observer.text().includes("‹after-unlock›"),
        "the observer to see the acknowledged edit",
        3000,
      );
      stale.destroy();
      await sleep(300);
    } finally {
      stale.destroy();
      observer.destroy();
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(await storedParagraph(t.db, assessment.id)).toContain("‹after-unlock›");
  });
});
