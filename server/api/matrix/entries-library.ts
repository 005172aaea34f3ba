import { teamA, teamB, unique, type Entry } from "./types";

/** Articles and sources. */
export const LIBRARY_ENTRIES: Record<string, Entry> = {
  "search.everything": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), q: "Istanbul" }),
    badInput: (world) => ({ ...teamA(world), q: "   " }),
    otherTeam: [(world) => ({ ...teamB(world), q: "Istanbul" })],
  },
  "articles.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), q: "Istanbul" }),
    badInput: (world) => ({ ...teamA(world), limit: 0 }),
    otherTeam: [teamB],
  },
  "articles.get": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id }),
    badInput: (world) => ({ ...teamA(world), articleId: "not-an-id" }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id }),
    ],
  },
  "articles.history": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id }),
    badInput: (world) => ({ ...teamA(world), articleId: "not-an-id" }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id }),
    ],
  },
  "articles.importText": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), text: `Pasted ${unique()}: talks resumed in Istanbul.` }),
    badInput: (world) => ({ ...teamA(world), text: "   " }),
    otherTeam: [(world) => ({ ...teamB(world), text: "Pasted text." })],
  },
  "articles.importFile": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      fileName: "note.txt",
      contentBase64: Buffer.from(`File ${unique()}: talks resumed.`).toString("base64"),
    }),
    badInput: (world) => ({ ...teamA(world), fileName: "", contentBase64: "!!!" }),
    otherTeam: [
      (world) => ({
        ...teamB(world),
        fileName: "note.txt",
        contentBase64: Buffer.from("x y z").toString("base64"),
      }),
    ],
  },
  "articles.importUrl": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), url: world.pageUrl }),
    badInput: (world) => ({ ...teamA(world), url: "" }),
    otherTeam: [(world) => ({ ...teamB(world), url: world.pageUrl })],
  },
  "articles.create": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), importId: world.a.importId, title: "Attached in the matrix" }),
    badInput: (world) => ({ ...teamA(world), importId: world.a.importId, title: "" }),
    otherTeam: [
      (world) => ({ ...teamB(world), importId: world.b.importId, title: "Theirs" }),
      (world) => ({ ...teamA(world), importId: world.b.importId, title: "Theirs" }),
    ],
  },
  "articles.update": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id, title: "Renamed article" }),
    badInput: (world) => ({ ...teamA(world), articleId: world.a.article.id, title: "x".repeat(301) }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id, title: "Mine now" }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id, title: "Mine now" }),
    ],
  },
  "articles.delete": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id }),
    badInput: (world) => ({ ...teamA(world), articleId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id }),
    ],
  },
  "articles.restore": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), articleId: world.a.article.id }),
    badInput: (world) => ({ ...teamA(world), articleId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), articleId: world.b.article.id }),
      (world) => ({ ...teamA(world), articleId: world.b.article.id }),
    ],
  },
  "sources.list": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), q: "Source" }),
    badInput: (world) => ({ ...teamA(world), limit: 0 }),
    otherTeam: [teamB],
  },
  "sources.get": {
    access: { team: "viewer" },
    input: (world) => ({ ...teamA(world), sourceId: world.a.source.id }),
    badInput: (world) => ({ ...teamA(world), sourceId: "nope" }),
    otherTeam: [
      (world) => ({ ...teamB(world), sourceId: world.b.source.id }),
      (world) => ({ ...teamA(world), sourceId: world.b.source.id }),
    ],
  },
  "sources.create": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), kind: "person", name: `Person ${unique()}` }),
    badInput: (world) => ({ ...teamA(world), kind: "blog", name: "" }),
    otherTeam: [(world) => ({ ...teamB(world), kind: "person", name: "Someone" })],
  },
  "sources.update": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), sourceId: world.a.source.id, description: "Regional news site." }),
    badInput: (world) => ({ ...teamA(world), sourceId: world.a.source.id, name: "" }),
    otherTeam: [
      (world) => ({ ...teamB(world), sourceId: world.b.source.id, description: "x" }),
      (world) => ({ ...teamA(world), sourceId: world.b.source.id, description: "x" }),
    ],
  },
  "sources.merge": {
    access: { team: "editor" },
    input: (world) => ({ ...teamA(world), sourceId: world.a.otherSource.id, intoId: world.a.source.id }),
    badInput: (world) => ({ ...teamA(world), sourceId: "x", intoId: "y" }),
    otherTeam: [
      (world) => ({ ...teamB(world), sourceId: world.b.otherSource.id, intoId: world.b.source.id }),
      (world) => ({ ...teamA(world), sourceId: world.a.otherSource.id, intoId: world.b.source.id }),
    ],
  },
  "sources.rate": {
    access: { team: "editor" },
    input: (world) => ({
      ...teamA(world),
      sourceId: world.a.source.id,
      grade: "B",
      rationale: "Accurate on the Istanbul talks.",
    }),
    badInput: (world) => ({ ...teamA(world), sourceId: world.a.source.id, grade: "G", rationale: "" }),
    otherTeam: [
      (world) => ({
        ...teamB(world),
        sourceId: world.b.source.id,
        grade: "E",
        rationale: "Not theirs to rate.",
      }),
      (world) => ({
        ...teamA(world),
        sourceId: world.b.source.id,
        grade: "E",
        rationale: "Not theirs to rate.",
      }),
    ],
  },
};
