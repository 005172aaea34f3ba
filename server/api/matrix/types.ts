import type { TeamRole } from "@/lib/roles";
import type { FactoryTeam, FactoryUser } from "@/server/testing/factories";

/** A team with every role and one of each kind of object a procedure can be pointed at. */
export type WorldTeam = FactoryTeam & {
  invitation: { id: string; token: string };
  article: { id: string };
  /** A phrase of the article, as the reader sends a selection. */
  selection: { start: number; end: number; quote: string };
  source: { id: string };
  otherSource: { id: string };
  /** An import staged by the team's editor, waiting to be attached. */
  importId: string;
  tag: { id: string };
  otherTag: { id: string };
  claim: { id: string };
  otherClaim: { id: string };
  /** A link from `claim` to `otherClaim`. */
  link: { id: string };
  /** A thread on `claim`, started by the viewer. */
  thread: { id: string };
  /** A notification of the viewer's (the editor replied in the viewer's thread). */
  notification: { id: string };
  /** A draft started by the editor (so the editor is its author). */
  assessment: { id: string };
  /** Started by the editor, in review with the owner asked. */
  inReview: { id: string };
  /** Started by the editor, approved by the owner. */
  approved: { id: string };
  /** Started by the editor, approved by the owner and published as version 1. */
  published: { id: string };
};

/** Two such teams, a person in no team, and the URL of a page the importer may fetch. */
export interface World {
  a: WorldTeam;
  b: WorldTeam;
  outsider: FactoryUser;
  /** One of the outsider's signed-in sessions (not the one the matrix's calls are made with). */
  outsiderSession: { id: string };
  /** Someone else's session (team A's viewer's). */
  strangerSession: { id: string };
  pageUrl: string;
}

export type Input = (world: World) => unknown;
/** Who may call: anyone, any signed-in person, or members of the team with at least this role. */
export type Access = "public" | "user" | { team: TeamRole };
/** A case that does not apply, with the reason written down for the reviewer (no test is run). */
export type NotApplicable = { na: string };

export interface Entry {
  access: Access;
  /** A valid input for the allowed call (and the base of the refusal cases). */
  input: Input;
  /** Who makes the allowed call; defaults to team A's member of the minimum role, or the outsider. */
  caller?: (world: World) => FactoryUser;
  badInput: Input | NotApplicable;
  /** Another team's data: team B's address, or team A's address with one of team B's objects. */
  otherTeam: Input[] | NotApplicable;
}

export const unique = () => Math.random().toString(36).slice(2, 10);
export const teamA = (world: World) => ({ teamSlug: world.a.team.slug });
export const teamB = (world: World) => ({ teamSlug: world.b.team.slug });
