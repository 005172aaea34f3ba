import { describe, expect, it } from "vitest";

import { createTeamWithMembers } from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

describe("teams.members", () => {
  it("lists members owners first, to every member", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    const list = await callerFor(t.db, members.viewer.id).teams.members.list({ teamSlug: team.slug });
    expect(list.map((member) => member.role)).toEqual(["owner", "editor", "viewer"]);
    expect(list[0]).not.toHaveProperty("passwordHash");
  });

  it("lets an owner change a role", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    const owner = callerFor(t.db, members.owner.id);
    await owner.teams.members.update({ teamSlug: team.slug, userId: members.viewer.id, role: "editor" });
    const list = await owner.teams.members.list({ teamSlug: team.slug });
    expect(list.find((member) => member.userId === members.viewer.id)?.role).toBe("editor");
  });

  it("never demotes or removes the last owner", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    const owner = callerFor(t.db, members.owner.id);
    const demote = await expectTRPCError(
      owner.teams.members.update({ teamSlug: team.slug, userId: members.owner.id, role: "editor" }),
      "PRECONDITION_FAILED",
    );
    expect(demote.message).toBe("A team needs at least one owner. Make someone else an owner first.");
    await expectTRPCError(
      owner.teams.members.delete({ teamSlug: team.slug, userId: members.owner.id }),
      "PRECONDITION_FAILED",
    );
    await expectTRPCError(owner.teams.leave({ teamSlug: team.slug }), "PRECONDITION_FAILED");
    expect((await owner.teams.get({ teamSlug: team.slug })).role).toBe("owner");
  });

  it("lets an owner step down once there is a second owner", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    const owner = callerFor(t.db, members.owner.id);
    await owner.teams.members.update({ teamSlug: team.slug, userId: members.editor.id, role: "owner" });
    await owner.teams.members.update({ teamSlug: team.slug, userId: members.owner.id, role: "viewer" });
    expect((await owner.teams.get({ teamSlug: team.slug })).role).toBe("viewer");
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    await callerFor(t.db, members.owner.id).teams.members.update({
      teamSlug: team.slug,
      userId: members.editor.id,
      role: "owner",
    });
    const results = await Promise.allSettled([
      callerFor(t.db, members.owner.id).teams.members.update({
        teamSlug: team.slug,
        userId: members.editor.id,
        role: "viewer",
      }),
      callerFor(t.db, members.editor.id).teams.members.update({
        teamSlug: team.slug,
        userId: members.owner.id,
        role: "viewer",
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const list = await callerFor(t.db, members.viewer.id).teams.members.list({ teamSlug: team.slug });
    expect(list.filter((member) => member.role === "owner")).toHaveLength(1);
  });

  it("removes a member, who then cannot see the team", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    await callerFor(t.db, members.owner.id).teams.members.delete({
      teamSlug: team.slug,
      userId: members.editor.id,
    });
    await expectTRPCError(callerFor(t.db, members.editor.id).teams.get({ teamSlug: team.slug }), "NOT_FOUND");
  });

  it("lets a member leave", async () => {
    const { team, members } = await createTeamWithMembers(t.db);
    await callerFor(t.db, members.viewer.id).teams.leave({ teamSlug: team.slug });
    expect(await callerFor(t.db, members.viewer.id).teams.list()).toEqual([]);
  });

  it("does not reach a member of another team", async () => {
    const mine = await createTeamWithMembers(t.db);
    const theirs = await createTeamWithMembers(t.db);
    const owner = callerFor(t.db, mine.members.owner.id);
    await expectTRPCError(
      owner.teams.members.update({
        teamSlug: mine.team.slug,
        userId: theirs.members.viewer.id,
        role: "owner",
      }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      owner.teams.members.delete({ teamSlug: mine.team.slug, userId: theirs.members.viewer.id }),
      "NOT_FOUND",
    );
    const list = await callerFor(t.db, theirs.members.owner.id).teams.members.list({
      teamSlug: theirs.team.slug,
    });
    expect(list.find((member) => member.userId === theirs.members.viewer.id)?.role).toBe("viewer");
  });
});
