import type { IncomingMessage } from "node:http";

/**
 * server.ts writes the client's address into this header on every request, replacing whatever the
 * client sent, so code behind it (sign-in throttling) can trust it.
 */
export const CLIENT_IP_HEADER = "x-workspace-client-ip";

/**
 * The client's address. Behind a reverse proxy (TRUST_PROXY=true) it is the last X-Forwarded-For
 * entry, the one the nearest proxy added; otherwise the socket's peer. Never the client's own claim.
 */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const list = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const last = list.at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? null;
}
