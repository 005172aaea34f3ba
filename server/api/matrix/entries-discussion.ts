import { teamA, teamB, type Entry, type World } from "./types";

/** The viewer, who started the world's thread and has a notification. */
const viewerA = (world: World) => world.a.members.viewer;

/** Comments, notifications, the activity feed and live events. */
export const DISCUSSION_ENTRIES: Record<string, Entry> = {
  "comments.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), subject: { claimId: world.a.claim.id } }),
    badInput: (world) => ({
      ...teamA(world),
      subject: { claimId: world.a.claim.id, articleId: world.a.article.id },
    }),
    otherTeam: [
      (world) => ({ ...teamB(world), subject: { claimId: world.b.claim.id } }),
      (world) => ({ ...teamA(world), subject: { articleId: world.b.article.id } }),
    ],
  },
  "comments.create": {
    access: { team: "viewer" },
    input: (world) => ({
      ...teamA(world),
      subject: { claimId: world.a.claim.id },
      threadId: world.a.thread.id,
      body: `Agreed, @[${world.a.members.owner.name}](user:${world.a.members.owner.id}) should look.`,
    }),
    badInput: (world) => ({
      ...teamA(world),
      subject: { claimId: world.a.claim.id },
      body: "x".repeat(20_000),
    }),
    otherTeam: [
      (world) => ({ ...teamB(world), subject: { claimId: world.b.claim.id }, body: "Hello" }),
      (world) => ({ ...teamA(world), subject: { articleId: world.b.article.id }, body: "Hello" }),
      (world) => ({
        ...teamA(world),
        subject: { claimId: world.a.claim.id },
        threadId: world.b.thread.id,
        body: "Hello",
      }),
    ],
  },
  "comments.update": {
    access: { team: "viewer" },
    caller: viewerA,
    input: (world) => ({
      ...teamA(world),
      commentId: world.a.thread.id,
      body: "Edited: see the Reuters piece.",
    }),
    badInput: (world) => ({ ...teamA(world), commentId: world.a.thread.id, body: "   " }),
    otherTeam: [
      (world) => ({ ...teamB(world), commentId: world.b.thread.id, body: "Mine now" }),
      (world) => ({ ...teamA(world), commentId: world.b.thread.id, body: "Mine now" }),
    ],
  },
  "comments.delete": {
    access: { team: "viewer" },
    caller: viewerA,
    input: (world) => ({ ...teamA(world), commentId: world.a.thread.id }),
    badInput: (world) => ({ ...teamA(world), commentId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), commentId: world.b.thread.id }),
      (world) => ({ ...teamA(world), commentId: world.b.thread.id }),
    ],
  },
  "comments.resolve": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), commentId: world.a.thread.id, isResolved: true }),
    badInput: (world) => ({ ...teamA(world), commentId: world.a.thread.id, isResolved: "yes" }),
    otherTeam: [
      (world) => ({ ...teamB(world), commentId: world.b.thread.id, isResolved: true }),
      (world) => ({ ...teamA(world), commentId: world.b.thread.id, isResolved: true }),
    ],
  },
  "notifications.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), isUnreadOnly: true }),
    badInput: (world) => ({ ...teamA(world), limit: 1000 }),
    otherTeam: [teamB],
  },
  "notifications.unreadCount": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: "" }),
    otherTeam: [teamB],
  },
  "notifications.markRead": {
    access: { team: "viewer" },
    caller: viewerA,
    input: (world) => ({ ...teamA(world), ids: [world.a.notification.id] }),
    badInput: (world) => ({ ...teamA(world), ids: ["nope"] }),
    otherTeam: [(world) => ({ ...teamB(world), ids: [world.b.notification.id] })],
  },
  "activity.list": {
    access: { team: "viewer" },
    input: teamA,
    badInput: (world) => ({ ...teamA(world), limit: 0 }),
    otherTeam: [teamB],
  },
  "events.subscribe": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: "" }),
    otherTeam: [teamB],
  },
};
