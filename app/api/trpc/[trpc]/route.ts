import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { refuseForeignOrigin, refuseOversizedBody } from "@/server/api/early-refusals";
import { createTRPCContext } from "@/server/api/context";
import { appRouter } from "@/server/api/root";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  const refused = refuseForeignOrigin(req) ?? refuseOversizedBody(req);
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    onError({ error, path }) {
      // The browser only sees a generic sentence for these (see the error formatter); the log keeps the cause.
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
