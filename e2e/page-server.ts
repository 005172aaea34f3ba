import http from "node:http";

/**
 * A web server the test itself runs on loopback, for the app to fetch articles from. Its host:port is
 * the only local address the app's SSRF guard allows (playwright.config.ts).
 */
export const PAGE_SERVER = `http://127.0.0.1:${process.env.E2E_PAGE_PORT ?? "3199"}`;

export async function startPageServer(
  pages: Record<string, { status?: number; type?: string; body: string }>,
) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? "/", "http://x").pathname];
    if (!page) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    res
      .writeHead(page.status ?? 200, { "content-type": page.type ?? "text/html; charset=utf-8" })
      .end(page.body);
  });
  await new Promise<void>((resolve) =>
    server.listen(Number(new URL(PAGE_SERVER).port), "127.0.0.1", resolve),
  );
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
