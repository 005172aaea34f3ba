/**
 * What the collaboration server tells an editor in a stateless message, and how the editor reads it.
 * One definition for both ends of the socket.
 */
export type CollabNotice =
  /** The editor's rights now: locked in review (or approved), read-only for a viewer, or writable. */
  | { type: "access"; readOnly: boolean; reason: "draft" | "locked" | "viewer" }
  /** A change of this editor's was not applied: the editor resets to the server's text and says so. */
  | { type: "refused"; reason: "locked" | "viewer" | "out-of-sync" }
  /** The document would grow past the size limit; the change was not applied. */
  | { type: "too-large"; maxBytes: number };

/** A stateless payload as a notice, or null when it is not one of ours. */
export function parseCollabNotice(payload: string): CollabNotice | null {
  try {
    const value = JSON.parse(payload) as {
      type?: unknown;
      readOnly?: unknown;
      reason?: unknown;
      maxBytes?: unknown;
    };
    if (value.type === "access" && typeof value.readOnly === "boolean")
      return {
        type: "access",
        readOnly: value.readOnly,
        reason: value.reason === "locked" || value.reason === "viewer" ? value.reason : "draft",
      };
    if (value.type === "refused")
      return {
        type: "refused",
        reason: value.reason === "viewer" || value.reason === "out-of-sync" ? value.reason : "locked",
      };
    if (value.type === "too-large") return { type: "too-large", maxBytes: Number(value.maxBytes) || 0 };
    return null;
  } catch {
    return null;
  }
}

/** Encode a notice for `sendStateless`. */
export function encodeCollabNotice(notice: CollabNotice): string {
  return JSON.stringify(notice);
}
