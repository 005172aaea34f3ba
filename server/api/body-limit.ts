import { ERROR_CODES } from "@/server/errors";

/** The largest request body the API reads: a 20 MB file as base64 plus room for the JSON around it. */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;

/** tRPC's JSON-RPC number for PAYLOAD_TOO_LARGE. */
const PAYLOAD_TOO_LARGE = -32013;

/**
 * Refuse a request whose declared body is over the limit before reading any of it, answering in
 * tRPC's own error shape (one entry per call of a batch) so the browser shows the message like any
 * other. Returns null when the request may go on.
 */
export function refuseOversizedBody(req: Request, limit = MAX_BODY_BYTES): Response | null {
  if (req.method !== "POST") return null;
  const length = Number(req.headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length <= limit) return null;
  const url = new URL(req.url);
  const paths = decodeURIComponent(url.pathname.replace(/^.*\/api\/trpc\/?/, "")).split(",");
  const envelope = (path: string) => ({
    error: {
      json: {
        message: ERROR_CODES.UPLOAD_TOO_LARGE.message,
        code: PAYLOAD_TOO_LARGE,
        data: {
          code: "PAYLOAD_TOO_LARGE",
          httpStatus: 413,
          path,
          appCode: "UPLOAD_TOO_LARGE",
          details: { maxBytes: limit },
          fieldErrors: null,
        },
      },
    },
  });
  const body = url.searchParams.get("batch") === "1" ? paths.map(envelope) : envelope(paths[0] ?? "");
  return Response.json(body, { status: 413, headers: { connection: "close" } });
}
