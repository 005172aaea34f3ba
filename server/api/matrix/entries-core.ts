import { FACTORY_PASSWORD } from "@/server/testing/factories";

import { teamA, teamB, unique, type Entry } from "./types";

/** Accounts, teams, members and invitations. */
export const CORE_ENTRIES: Record<string, Entry> = {
  "auth.signUp": {
    access: "public",
    input: () => ({
      name: "New Person",
      email: `matrix-${unique()}@test.example`,
      password: "northern lights 1987",
    }),
    badInput: () => ({ name: "", email: "not-an-email", password: "short" }),
    otherTeam: { na: "not team data" },
  },
  "account.get": {
    access: "user",
    input: () => undefined,
    badInput: { na: "takes no input" },
    otherTeam: { na: "only ever the caller's own account" },
  },
  "account.update": {
    access: "user",
    input: () => ({ name: "Renamed" }),
    badInput: () => ({ name: "x".repeat(81) }),
    otherTeam: { na: "only ever the caller's own account" },
  },
  "account.changePassword": {
    access: "user",
    input: () => ({ currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase" }),
    badInput: () => ({ currentPassword: "", newPassword: "short" }),
    otherTeam: { na: "only ever the caller's own account" },
  },
  "account.sessions.list": {
    access: "user",
    input: () => undefined,
    badInput: { na: "takes no input" },
    otherTeam: { na: "only ever the caller's own sessions" },
  },
  "account.sessions.end": {
    access: "user",
    // The matrix's caller signed in long ago (it has no session of its own): it gives its password.
    input: (world) => ({ sessionId: world.outsiderSession.id, password: FACTORY_PASSWORD }),
    badInput: () => ({ sessionId: "not-a-session" }),
    // Someone else's session answers as one that does not exist.
    otherTeam: [(world) => ({ sessionId: world.strangerSession.id, password: FACTORY_PASSWORD })],
  },
  "account.sessions.endAll": {
    access: "user",
    input: () => ({ password: FACTORY_PASSWORD }),
    badInput: () => ({ password: "" }),
    otherTeam: { na: "only ever the caller's own sessions" },
  },
  "teams.list": {
    access: "user",
    input: () => undefined,
    badInput: { na: "takes no input" },
    otherTeam: { na: "lists only the caller's memberships" },
  },
  "teams.create": {
    access: "user",
    input: () => ({ name: "Matrix Team", slug: `matrix-${unique()}` }),
    badInput: () => ({ name: "", slug: "Not A Slug!" }),
    otherTeam: { na: "creates a new team" },
  },
  "teams.get": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: "" }),
    otherTeam: [teamB],
  },
  "teams.overview": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: "" }),
    otherTeam: [teamB],
  },
  "teams.update": {
    access: { team: "owner" },
    input: (world) => ({ ...teamA(world), name: "Renamed Team" }),
    badInput: (world) => ({ ...teamA(world), name: "" }),
    otherTeam: [(world) => ({ ...teamB(world), name: "Renamed Team" })],
  },
  "teams.leave": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: 42 }),
    otherTeam: [teamB],
  },
  "teams.members.list": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({}),
    otherTeam: [teamB],
  },
  "teams.members.update": {
    access: { team: "owner" },
    input: (world) => ({ ...teamA(world), userId: world.a.members.viewer.id, role: "editor" }),
    badInput: (world) => ({ ...teamA(world), userId: "not-a-uuid", role: "boss" }),
    otherTeam: [
      (world) => ({ ...teamB(world), userId: world.b.members.viewer.id, role: "editor" }),
      (world) => ({ ...teamA(world), userId: world.b.members.viewer.id, role: "editor" }),
    ],
  },
  "teams.members.delete": {
    access: { team: "owner" },
    input: (world) => ({ ...teamA(world), userId: world.a.members.viewer.id }),
    badInput: (world) => ({ ...teamA(world), userId: "not-a-uuid" }),
    otherTeam: [
      (world) => ({ ...teamB(world), userId: world.b.members.viewer.id }),
      (world) => ({ ...teamA(world), userId: world.b.members.viewer.id }),
    ],
  },
  "teams.invitations.list": {
    access: { team: "owner" },
    input: teamA,
    badInput: () => ({ teamSlug: "x".repeat(41) }),
    otherTeam: [teamB],
  },
  "teams.invitations.create": {
    access: { team: "owner" },
    input: (world) => ({ ...teamA(world), role: "viewer", expiresInDays: 7 }),
    badInput: (world) => ({ ...teamA(world), role: "boss", expiresInDays: 2 }),
    otherTeam: [(world) => ({ ...teamB(world), role: "viewer", expiresInDays: 7 })],
  },
  "teams.invitations.revoke": {
    access: { team: "owner" },
    input: (world) => ({ ...teamA(world), invitationId: world.a.invitation.id }),
    badInput: (world) => ({ ...teamA(world), invitationId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), invitationId: world.b.invitation.id }),
      (world) => ({ ...teamA(world), invitationId: world.b.invitation.id }),
    ],
  },
  "invitations.preview": {
    access: "public",
    input: (world) => ({ token: world.a.invitation.token }),
    badInput: () => ({ token: "" }),
    otherTeam: {
      na: "the token is the capability; a wrong token is NOT_FOUND (tested in the invitations tests)",
    },
  },
  "invitations.accept": {
    access: "user",
    input: (world) => ({ token: world.a.invitation.token }),
    badInput: () => ({ token: "" }),
    otherTeam: {
      na: "the token is the capability; a wrong token is NOT_FOUND (tested in the invitations tests)",
    },
  },
};
