import { teamA, teamB, unique, type Entry, type World } from "./types";

const claimA = (world: World) => ({ ...teamA(world), claimId: world.a.claim.id });
const claimB = (world: World) => ({ ...teamB(world), claimId: world.b.claim.id });
/** Team A's address with team B's claim: the object must not exist for team A. */
const claimBinA = (world: World) => ({ ...teamA(world), claimId: world.b.claim.id });

/** Tags, claims, ratings and links. */
export const CLAIM_ENTRIES: Record<string, Entry> = {
  "tags.list": {
    access: { team: "viewer" },
    input: teamA,
    badInput: () => ({ teamSlug: "" }),
    otherTeam: [teamB],
  },
  "tags.create": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), name: `Track ${unique()}`, color: "teal" }),
    badInput: (world) => ({ ...teamA(world), name: " ", color: "plaid" }),
    otherTeam: [
      (world) => ({ ...teamB(world), name: "Theirs", color: "teal" }),
      (world) => ({ ...teamA(world), name: `Child ${unique()}`, color: "teal", parentId: world.b.tag.id }),
    ],
  },
  "tags.update": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), tagId: world.a.tag.id, name: `Renamed ${unique()}` }),
    badInput: (world) => ({ ...teamA(world), tagId: world.a.tag.id, name: "x".repeat(61) }),
    otherTeam: [
      (world) => ({ ...teamB(world), tagId: world.b.tag.id, name: "Mine now" }),
      (world) => ({ ...teamA(world), tagId: world.b.tag.id, name: "Mine now" }),
    ],
  },
  "tags.merge": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), tagId: world.a.otherTag.id, intoId: world.a.tag.id }),
    badInput: (world) => ({ ...teamA(world), tagId: "x", intoId: world.a.tag.id }),
    otherTeam: [
      (world) => ({ ...teamB(world), tagId: world.b.otherTag.id, intoId: world.b.tag.id }),
      (world) => ({ ...teamA(world), tagId: world.a.otherTag.id, intoId: world.b.tag.id }),
    ],
  },
  "tags.delete": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), tagId: world.a.otherTag.id }),
    badInput: (world) => ({ ...teamA(world), tagId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), tagId: world.b.otherTag.id }),
      (world) => ({ ...teamA(world), tagId: world.b.otherTag.id }),
    ],
  },
  "claims.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), q: "Istanbul", tagIds: [world.a.tag.id] }),
    badInput: (world) => ({ ...teamA(world), code: "Z9" }),
    otherTeam: [teamB],
  },
  "claims.listByArticle": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id }),
    badInput: (world) => ({ ...teamA(world), articleId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id }),
    ],
  },
  "claims.byIds": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), claimIds: [world.a.claim.id, world.a.otherClaim.id] }),
    badInput: (world) => ({ ...teamA(world), claimIds: ["nope"] }),
    otherTeam: [(world) => ({ ...teamB(world), claimIds: [world.b.claim.id] })],
  },
  "claims.reReviewImpact": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), claimIds: [world.a.claim.id, world.a.otherClaim.id] }),
    badInput: (world) => ({ ...teamA(world), claimIds: [] }),
    otherTeam: [(world) => ({ ...teamB(world), claimIds: [world.b.claim.id] })],
  },
  "claims.get": {
    access: { team: "viewer" },
    input: claimA,
    badInput: (world) => ({ ...teamA(world), claimId: "nope" }),
    otherTeam: [claimB, claimBinA],
  },
  "claims.create": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      articleId: world.a.article.id,
      ...world.a.selection,
      statement: "Both delegations described the talks as constructive.",
      type: "quote",
      tagIds: [world.a.tag.id],
      speaker: { name: `Spokesperson ${unique()}`, kind: "person" },
      rating: { level: "2", rationale: "Both ministries said so." },
    }),
    badInput: (world) => ({
      ...teamA(world),
      articleId: world.a.article.id,
      start: 5,
      end: 2,
      quote: "",
      statement: " ",
      type: "rumour",
    }),
    otherTeam: [
      (world) => ({
        ...teamB(world),
        articleId: world.b.article.id,
        ...world.b.selection,
        statement: "x",
        type: "fact",
      }),
      (world) => ({
        ...teamA(world),
        articleId: world.b.article.id,
        ...world.b.selection,
        statement: "x",
        type: "fact",
      }),
      (world) => ({
        ...teamA(world),
        articleId: world.a.article.id,
        ...world.a.selection,
        statement: "x",
        type: "fact",
        speaker: { id: world.b.source.id },
      }),
      (world) => ({
        ...teamA(world),
        articleId: world.a.article.id,
        ...world.a.selection,
        statement: "x",
        type: "fact",
        tagIds: [world.b.tag.id],
      }),
    ],
  },
  "claims.update": {
    access: { team: "editor" },
    input: (world) => ({ ...claimA(world), status: "corroborated", tagIds: [world.a.otherTag.id] }),
    badInput: (world) => ({ ...claimA(world), status: "maybe", statement: "" }),
    otherTeam: [
      (world) => ({ ...claimB(world), status: "corroborated" }),
      (world) => ({ ...claimBinA(world), status: "corroborated" }),
      (world) => ({ ...claimA(world), tagIds: [world.b.tag.id] }),
    ],
  },
  "claims.delete": {
    access: { team: "editor" },
    input: claimA,
    badInput: (world) => ({ ...teamA(world), claimId: 7 }),
    otherTeam: [claimB, claimBinA],
  },
  "claims.rate": {
    access: { team: "editor" },
    input: (world) => ({ ...claimA(world), level: "3", rationale: "Only one outlet reports it." }),
    badInput: (world) => ({ ...claimA(world), level: "7", rationale: "" }),
    otherTeam: [
      (world) => ({ ...claimB(world), level: "5", rationale: "Not theirs." }),
      (world) => ({ ...claimBinA(world), level: "5", rationale: "Not theirs." }),
    ],
  },
  "claims.tag": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      claimIds: [world.a.claim.id, world.a.otherClaim.id],
      addTagIds: [world.a.otherTag.id],
      removeTagIds: [world.a.tag.id],
    }),
    badInput: (world) => ({ ...teamA(world), claimIds: [], addTagIds: [] }),
    otherTeam: [
      (world) => ({ ...teamB(world), claimIds: [world.b.claim.id], addTagIds: [world.b.tag.id] }),
      (world) => ({ ...teamA(world), claimIds: [world.b.claim.id], addTagIds: [world.a.tag.id] }),
      (world) => ({ ...teamA(world), claimIds: [world.a.claim.id], addTagIds: [world.b.tag.id] }),
    ],
  },
  "claims.links.create": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      claimId: world.a.otherClaim.id,
      toClaimId: world.a.claim.id,
      kind: "contradicts",
      note: "The dates disagree.",
    }),
    badInput: (world) => ({
      ...teamA(world),
      claimId: world.a.claim.id,
      toClaimId: world.a.claim.id,
      kind: "refutes",
    }),
    otherTeam: [
      (world) => ({
        ...teamB(world),
        claimId: world.b.otherClaim.id,
        toClaimId: world.b.claim.id,
        kind: "contradicts",
      }),
      (world) => ({
        ...teamA(world),
        claimId: world.a.claim.id,
        toClaimId: world.b.claim.id,
        kind: "contradicts",
      }),
    ],
  },
  "claims.links.delete": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), linkId: world.a.link.id }),
    badInput: (world) => ({ ...teamA(world), linkId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), linkId: world.b.link.id }),
      (world) => ({ ...teamA(world), linkId: world.b.link.id }),
    ],
  },
};
