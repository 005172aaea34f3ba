import { ERROR_CODES } from "@/server/errors";
import { isAllowedOrigin } from "@/server/security/origin";

/** The largest request body the API reads: a 20 MB file as base64 plus room for the JSON around it. */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;

/** tRPC's JSON-RPC numbers for the codes answered here. */
const JSON_RPC_CODES = { PAYLOAD_TOO_LARGE: -32013, FORBIDDEN: -32003 } as const;

/**
 * An answer in tRPC's own error shape (one entry per call of a batch), so the browser shows the
 * message like any other, for a request refused before tRPC reads it.
 */
function refusal(
  req: Request,
  code: keyof typeof JSON_RPC_CODES,
  status: number,
  appCode: string,
  message: string,
  details: Record<string, unknown> | null,
): Response {
  const url = new URL(req.url);
  const paths = decodeURIComponent(url.pathname.replace(/^.*\/api\/trpc\/?/, "")).split(",");
  const envelope = (path: string) => ({
    error: {
      json: {
        message,
        code: JSON_RPC_CODES[code],
        data: { code, httpStatus: status, path, appCode, details, fieldErrors: null },
      },
    },
  });
  const body = url.searchParams.get("batch") === "1" ? paths.map(envelope) : envelope(paths[0] ?? "");
  return Response.json(body, { status, headers: { connection: "close" } });
}

/**
 * Refuse a request whose declared body is over the limit before reading any of it. Returns null when
 * the request may go on.
 */
export function refuseOversizedBody(req: Request, limit = MAX_BODY_BYTES): Response | null {
  if (req.method !== "POST") return null;
  const length = Number(req.headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length <= limit) return null;
  return refusal(req, "PAYLOAD_TOO_LARGE", 413, "UPLOAD_TOO_LARGE", ERROR_CODES.UPLOAD_TOO_LARGE.message, {
    maxBytes: limit,
  });
}

/**
 * Refuse a mutation (a POST) that a page of another site sent: its Origin is not the app's. The
 * session cookie is SameSite=Lax and bodies are JSON, but this check does not depend on either.
 */
export function refuseForeignOrigin(req: Request): Response | null {
  if (req.method !== "POST") return null;
  if (isAllowedOrigin(req.headers.get("origin"), req.headers.get("host"))) return null;
  return refusal(
    req,
    "FORBIDDEN",
    403,
    "FOREIGN_ORIGIN",
    "This request came from another site and was refused.",
    null,
  );
}
