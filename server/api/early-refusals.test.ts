import { describe, expect, it } from "vitest";

import { refuseForeignOrigin, refuseOversizedBody } from "./early-refusals";

const post = (path: string, length: number) =>
  new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-length": String(length) },
  });

describe("refuseOversizedBody", () => {
  it("lets ordinary requests through", () => {
    expect(refuseOversizedBody(post("articles.importFile", 1000))).toBeNull();
    expect(refuseOversizedBody(new Request("http://localhost/api/trpc/articles.list?input=x"))).toBeNull();
  });

  it("refuses a 50 MB upload with 413 and tRPC's error shape, before reading it", async () => {
    const response = refuseOversizedBody(post("articles.importFile", 50 * 1024 * 1024));
    expect(response?.status).toBe(413);
    const body = (await response?.json()) as {
      error: { json: { message: string; data: { code: string; path: string } } };
    };
    expect(body.error.json.message).toBe("This upload is too large: files can be at most 20 MB.");
    expect(body.error.json.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", path: "articles.importFile" });
  });

  it("answers each call of a batch", async () => {
    const response = refuseOversizedBody(post("articles.importFile,articles.list?batch=1", 60 * 1024 * 1024));
    expect(((await response?.json()) as unknown[]).length).toBe(2);
  });
});

describe("refuseForeignOrigin", () => {
  const from = (origin: string | null, method = "POST") =>
    new Request("http://localhost:3000/api/trpc/teams.create", {
      method,
      headers: { host: "localhost:3000", ...(origin ? { origin } : {}) },
    });

  it("lets the app's own pages, and programs that send no Origin, through", () => {
    expect(refuseForeignOrigin(from("http://localhost:3000"))).toBeNull();
    expect(refuseForeignOrigin(from(null))).toBeNull();
    // Queries change nothing; only mutations (POST) are checked.
    expect(refuseForeignOrigin(from("https://evil.example", "GET"))).toBeNull();
  });

  it("refuses a mutation sent by a page of another site with 403 and a plain sentence", async () => {
    const response = refuseForeignOrigin(from("https://evil.example"));
    expect(response?.status).toBe(403);
    const body = (await response?.json()) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.message).toBe("This request came from another site and was refused.");
    expect(body.error.json.data.code).toBe("FORBIDDEN");
  });
});
