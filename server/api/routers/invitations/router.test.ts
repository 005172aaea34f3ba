import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { invitations } from "@/db/schema";
import { hashInvitationToken } from "@/server/services/invitations/tokens";
import { createTeamWithMembers, createUser } from "@/server/testing/factories";
import { expectTRPCError } from "@/server/testing/expect-error";
import { callerFor, setupTestDatabase } from "@/server/testing/test-database";

const t = setupTestDatabase();

async function teamWithInvite(role: "editor" | "viewer" | "owner" = "editor") {
  const world = await createTeamWithMembers(t.db, ["owner"]);
  const invitation = await callerFor(t.db, world.members.owner.id).teams.invitations.create({
    teamSlug: world.team.slug,
    role,
    expiresInDays: 7,
  });
  return { ...world, invitation };
}

describe("invitations", () => {
  it("store only the token's hash and show the link once", async () => {
    const { invitation } = await teamWithInvite();
    expect(invitation.path).toBe(`/invite/${invitation.token}`);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.tokenHash).toBe(hashInvitationToken(invitation.token));
    expect(JSON.stringify(row)).not.toContain(invitation.token);
  });

  it("preview the team and role to anyone holding the link", async () => {
    const { team, invitation, members } = await teamWithInvite("viewer");
    const preview = await callerFor(t.db, null).invitations.preview({ token: invitation.token });
    expect(preview).toMatchObject({
      teamName: team.name,
      teamSlug: team.slug,
      role: "viewer",
      invitedByName: members.owner.name,
    });
  });

  it("let an existing user join with the invitation's role, once", async () => {
    const { team, invitation } = await teamWithInvite("editor");
    const joiner = await createUser(t.db);
    const joined = await callerFor(t.db, joiner.id).invitations.accept({ token: invitation.token });
    expect(joined).toEqual({ teamSlug: team.slug, teamName: team.name, role: "editor" });
    expect((await callerFor(t.db, joiner.id).teams.get({ teamSlug: team.slug })).role).toBe("editor");

    const late = await createUser(t.db);
    const used = await expectTRPCError(
      callerFor(t.db, late.id).invitations.accept({ token: invitation.token }),
      "PRECONDITION_FAILED",
    );
    expect(used.message).toBe("This invitation has already been used. Ask the team for a new link.");
    await expectTRPCError(callerFor(t.db, late.id).teams.get({ teamSlug: team.slug }), "NOT_FOUND");
    const list = await callerFor(t.db, joiner.id).teams.members.list({ teamSlug: team.slug });
    expect(list).toHaveLength(2);
  });

  it("let a new account join: sign up, then accept", async () => {
    const { team, invitation } = await teamWithInvite("viewer");
    const account = await callerFor(t.db, null).auth.signUp({
      name: "New Analyst",
      email: `fresh-${Math.random().toString(36).slice(2)}@test.example`,
      password: "northern lights 1987",
    });
    await callerFor(t.db, account.id).invitations.accept({ token: invitation.token });
    expect((await callerFor(t.db, account.id).teams.list()).map((row) => row.slug)).toEqual([team.slug]);
  });

  it("let only one of two people racing for one link in", async () => {
    const { team, invitation, members } = await teamWithInvite();
    const [first, second] = [await createUser(t.db), await createUser(t.db)];
    const results = await Promise.allSettled([
      callerFor(t.db, first.id).invitations.accept({ token: invitation.token }),
      callerFor(t.db, second.id).invitations.accept({ token: invitation.token }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await callerFor(t.db, members.owner.id).teams.members.list({ teamSlug: team.slug })).toHaveLength(
      2,
    );
  });

  it("refuse an expired link and add nobody", async () => {
    const { team, invitation, members } = await teamWithInvite();
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, invitation.id));
    const joiner = await createUser(t.db);
    const error = await expectTRPCError(
      callerFor(t.db, joiner.id).invitations.accept({ token: invitation.token }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toBe("This invitation has expired. Ask the team for a new link.");
    await expectTRPCError(
      callerFor(t.db, null).invitations.preview({ token: invitation.token }),
      "PRECONDITION_FAILED",
    );
    expect(await callerFor(t.db, members.owner.id).teams.members.list({ teamSlug: team.slug })).toHaveLength(
      1,
    );
  });

  it("refuse a forged token", async () => {
    const joiner = await createUser(t.db);
    const forged = "x".repeat(43);
    const error = await expectTRPCError(
      callerFor(t.db, joiner.id).invitations.accept({ token: forged }),
      "NOT_FOUND",
    );
    expect(error.message).toBe("This invitation link is not valid.");
    await expectTRPCError(callerFor(t.db, null).invitations.preview({ token: forged }), "NOT_FOUND");
  });

  it("refuse a withdrawn link", async () => {
    const { team, invitation, members } = await teamWithInvite();
    const owner = callerFor(t.db, members.owner.id);
    await owner.teams.invitations.revoke({ teamSlug: team.slug, invitationId: invitation.id });
    const joiner = await createUser(t.db);
    const error = await expectTRPCError(
      callerFor(t.db, joiner.id).invitations.accept({ token: invitation.token }),
      "PRECONDITION_FAILED",
    );
    expect(error.message).toMatch(/withdrawn/);
    const list = await owner.teams.invitations.list({ teamSlug: team.slug });
    expect(list[0]?.status).toBe("revoked");
  });

  it("do not consume the link when the person is already a member", async () => {
    const { team, invitation, members } = await teamWithInvite();
    await expectTRPCError(
      callerFor(t.db, members.owner.id).invitations.accept({ token: invitation.token }),
      "CONFLICT",
    );
    const list = await callerFor(t.db, members.owner.id).teams.invitations.list({ teamSlug: team.slug });
    expect(list[0]?.status).toBe("pending");
  });

  it("refuse an expiry other than 1, 7 or 30 days, creating nothing", async () => {
    const { team, members } = await createTeamWithMembers(t.db, ["owner"]);
    const owner = callerFor(t.db, members.owner.id);
    const error = await expectTRPCError(
      owner.teams.invitations.create({ teamSlug: team.slug, role: "editor", expiresInDays: 365 }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("Expiry must be 1, 7 or 30 days.");
    expect(await owner.teams.invitations.list({ teamSlug: team.slug })).toEqual([]);
  });
});
