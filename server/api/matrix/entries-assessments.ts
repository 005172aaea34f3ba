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
