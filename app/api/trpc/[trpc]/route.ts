import { handleTrpcRequest } from "@/server/api/http-handler";

export const dynamic = "force-dynamic";

/** server.ts answers /api/trpc itself (server/api/http-handler.ts); this is the same handler for Next. */
function handler(req: Request) {
  return handleTrpcRequest(req);
}

export { handler as GET, handler as POST };
