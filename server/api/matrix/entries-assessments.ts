import { teamA, teamB, type Entry, type World } from "./types";

const assessmentA = (world: World) => ({ ...teamA(world), assessmentId: world.a.assessment.id });
const assessmentB = (world: World) => ({ ...teamB(world), assessmentId: world.b.assessment.id });
const assessmentBinA = (world: World) => ({ ...teamA(world), assessmentId: world.b.assessment.id });

/** Assessments (the collaboration socket has its own tests: server/collab/collab.test.ts). */
export const ASSESSMENT_ENTRIES: Record<string, Entry> = {
  "assessments.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), q: "embassy", status: "draft" }),
    badInput: (world) => ({ ...teamA(world), status: "lost" }),
    otherTeam: [teamB],
  },
  "assessments.get": {
    access: { team: "viewer" },
    input: assessmentA,
    badInput: (world) => ({ ...teamA(world), assessmentId: "nope" }),
    otherTeam: [assessmentB, assessmentBinA],
  },
  "assessments.create": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      title: "Istanbul talks: where the tracks stand",
      templateKey: "four-track",
    }),
    badInput: (world) => ({ ...teamA(world), title: " ", templateKey: "memo" }),
    otherTeam: [(world) => ({ ...teamB(world), title: "Theirs", templateKey: "blank" })],
  },
  "assessments.update": {
    access: { team: "editor" },
    input: (world) => ({ ...assessmentA(world), title: "Renamed assessment" }),
    badInput: (world) => ({ ...assessmentA(world), title: "x".repeat(201) }),
    otherTeam: [
      (world) => ({ ...assessmentB(world), title: "Mine now" }),
      (world) => ({ ...assessmentBinA(world), title: "Mine now" }),
    ],
  },
};

const ownerA = (world: World) => world.a.members.owner;
const ref = (pick: (team: World["a"]) => { id: string }) => ({
  a: (world: World) => ({ ...teamA(world), assessmentId: pick(world.a).id }),
  b: (world: World) => ({ ...teamB(world), assessmentId: pick(world.b).id }),
  bInA: (world: World) => ({ ...teamA(world), assessmentId: pick(world.b).id }),
});
const inReview = ref((team) => team.inReview);
const approved = ref((team) => team.approved);
const published = ref((team) => team.published);

/** Review, publishing, versions and export. */
export const ASSESSMENT_REVIEW_ENTRIES: Record<string, Entry> = {
  "assessments.requestReview": {
    access: { team: "editor" },
    input: (world) => ({
      ...assessmentA(world),
      reviewerIds: [world.a.members.owner.id],
      note: "Please check",
    }),
    badInput: (world) => ({ ...assessmentA(world), reviewerIds: [] }),
    otherTeam: [
      (world) => ({ ...assessmentB(world), reviewerIds: [world.b.members.owner.id] }),
      (world) => ({ ...assessmentBinA(world), reviewerIds: [world.a.members.owner.id] }),
    ],
  },
  "assessments.withdrawReview": {
    access: { team: "editor" },
    input: inReview.a,
    badInput: (world) => ({ ...teamA(world), assessmentId: 42 }),
    otherTeam: [inReview.b, inReview.bInA],
  },
  "assessments.decideReview": {
    access: { team: "editor" },
    caller: ownerA,
    input: (world) => ({ ...inReview.a(world), decision: "approve" }),
    badInput: (world) => ({ ...inReview.a(world), decision: "shrug" }),
    otherTeam: [
      (world) => ({ ...inReview.b(world), decision: "approve" }),
      (world) => ({ ...inReview.bInA(world), decision: "approve" }),
    ],
  },
  "assessments.publish": {
    access: { team: "editor" },
    input: approved.a,
    badInput: (world) => ({ ...teamA(world), assessmentId: "" }),
    otherTeam: [approved.b, approved.bInA],
  },
  "assessments.versions": {
    access: { team: "viewer" },
    input: published.a,
    badInput: (world) => ({ ...teamA(world), assessmentId: "v1" }),
    otherTeam: [published.b, published.bInA],
  },
  "assessments.version": {
    access: { team: "viewer" },
    input: (world) => ({ ...published.a(world), number: 1 }),
    badInput: (world) => ({ ...published.a(world), number: 0 }),
    otherTeam: [
      (world) => ({ ...published.b(world), number: 1 }),
      (world) => ({ ...published.bInA(world), number: 1 }),
    ],
  },
  "assessments.diff": {
    access: { team: "viewer" },
    input: (world) => ({ ...published.a(world), from: 1, to: "draft" }),
    badInput: (world) => ({ ...published.a(world), from: 1, to: "latest" }),
    otherTeam: [
      (world) => ({ ...published.b(world), from: 1, to: "draft" }),
      (world) => ({ ...published.bInA(world), from: 1, to: 1 }),
    ],
  },
  "assessments.published": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), limit: 10 }),
    badInput: (world) => ({ ...teamA(world), limit: 500 }),
    otherTeam: [teamB],
  },
  "assessments.exportMarkdown": {
    access: { team: "viewer" },
    input: (world) => ({ ...published.a(world), number: 1 }),
    badInput: (world) => ({ ...published.a(world), number: 1.5 }),
    otherTeam: [(world) => ({ ...published.b(world), number: 1 }), (world) => ({ ...published.bInA(world) })],
  },
};
