import { describe, expect, it } from "vitest";

import { refuseOversizedBody } from "./body-limit";

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
