/**
 * The one error vocabulary of the server. Services throw `AppError(code)`; `server/api/trpc.ts` maps
 * each code to a tRPC (and so HTTP) code in one place. Messages are written for the person using the
 * app: they name what was wrong and never carry internals.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: { status: "UNAUTHORIZED", message: "Please sign in to continue." },
  FORBIDDEN: { status: "FORBIDDEN", message: "Your role in this team does not allow that." },
  INVALID_INPUT: { status: "BAD_REQUEST", message: "Some of the information is not valid." },

  EMAIL_TAKEN: { status: "CONFLICT", message: "An account with this email already exists. Sign in instead." },
  WEAK_PASSWORD: {
    status: "BAD_REQUEST",
    message: "This password is too easy to guess. Choose another one.",
  },
  WRONG_PASSWORD: { status: "BAD_REQUEST", message: "The current password is not correct." },
  INVALID_CREDENTIALS: { status: "UNAUTHORIZED", message: "The email or password is not correct." },
  SIGN_IN_THROTTLED: {
    status: "TOO_MANY_REQUESTS",
    message: "Too many failed sign-in attempts. Please wait before trying again.",
  },
  USER_NOT_FOUND: { status: "NOT_FOUND", message: "That person does not exist." },
  REAUTHENTICATION_REQUIRED: {
    status: "FORBIDDEN",
    message: "Enter your password to sign devices out: you signed in more than 10 minutes ago.",
  },
  RECENT_SIGN_IN_REQUIRED: {
    status: "FORBIDDEN",
    message: "Sign out and sign in again, then sign the devices out: you signed in more than 10 minutes ago.",
  },
  SESSION_NOT_FOUND: {
    status: "NOT_FOUND",
    message: "That session has already ended, or it is not one of yours.",
  },

  TEAM_NOT_FOUND: {
    status: "NOT_FOUND",
    message: "That team does not exist, or you are not a member of it.",
  },
  SLUG_TAKEN: { status: "CONFLICT", message: "That team address is already taken. Choose another one." },
  MEMBER_NOT_FOUND: { status: "NOT_FOUND", message: "That person is not a member of this team." },
  LAST_OWNER: {
    status: "PRECONDITION_FAILED",
    message: "A team needs at least one owner. Make someone else an owner first.",
  },

  INVITATION_NOT_FOUND: { status: "NOT_FOUND", message: "This invitation link is not valid." },
  INVITATION_EXPIRED: {
    status: "PRECONDITION_FAILED",
    message: "This invitation has expired. Ask the team for a new link.",
  },
  INVITATION_USED: {
    status: "PRECONDITION_FAILED",
    message: "This invitation has already been used. Ask the team for a new link.",
  },
  INVITATION_REVOKED: {
    status: "PRECONDITION_FAILED",
    message: "This invitation was withdrawn. Ask the team for a new link.",
  },
  ALREADY_MEMBER: { status: "CONFLICT", message: "You are already a member of this team." },

  EMPTY_TEXT: {
    status: "BAD_REQUEST",
    message: "There is no text to attach: it is empty or only whitespace.",
  },
  NOT_TEXT: {
    status: "UNSUPPORTED_MEDIA_TYPE",
    message: "This file does not contain text (it looks like a binary file), whatever its name says.",
  },
  INVALID_UTF8: {
    status: "UNPROCESSABLE_CONTENT",
    message: "This file is not valid UTF-8 text. Save it as UTF-8 and try again.",
  },
  FILE_TOO_LARGE: {
    status: "PAYLOAD_TOO_LARGE",
    message: "This file is too large: PDFs can be at most 20 MB, text, Markdown and HTML files 5 MB.",
  },
  UPLOAD_TOO_LARGE: {
    status: "PAYLOAD_TOO_LARGE",
    message: "This upload is too large: files can be at most 20 MB.",
  },
  UNSUPPORTED_FILE_TYPE: {
    status: "UNSUPPORTED_MEDIA_TYPE",
    message: "Only .txt, .md, .html and .pdf files can be attached.",
  },
  PDF_NO_TEXT: {
    status: "UNPROCESSABLE_CONTENT",
    message:
      "This PDF has no text layer (it is probably a scan). Run it through OCR first, or paste its text.",
  },
  PDF_UNREADABLE: {
    status: "UNPROCESSABLE_CONTENT",
    message: "This PDF could not be read. It may be damaged or protected by a password.",
  },
  ARTICLE_TOO_LONG: {
    status: "PAYLOAD_TOO_LARGE",
    message: "Articles can be at most 500,000 characters long.",
  },
  URL_INVALID: {
    status: "BAD_REQUEST",
    message: "Enter a web address that starts with http:// or https://.",
  },
  URL_BLOCKED: {
    status: "BAD_REQUEST",
    message: "That address is on a private or local network, which the workspace never fetches from.",
  },
  URL_UNRESOLVED: {
    status: "BAD_REQUEST",
    message: "The site's name could not be found. Check the address.",
  },
  URL_HTTP_ERROR: { status: "BAD_GATEWAY", message: "The site answered with an error." },
  URL_TIMEOUT: { status: "GATEWAY_TIMEOUT", message: "The site did not answer within 10 seconds." },
  URL_TOO_LARGE: {
    status: "PAYLOAD_TOO_LARGE",
    message: "The page is larger than 5 MB, the most the workspace fetches.",
  },
  URL_UNSUPPORTED_CONTENT: {
    status: "UNSUPPORTED_MEDIA_TYPE",
    message: "The address did not send a web page or text.",
  },
  URL_TOO_MANY_REDIRECTS: { status: "BAD_GATEWAY", message: "The address redirected more than 5 times." },
  URL_FETCH_FAILED: { status: "BAD_GATEWAY", message: "The site could not be reached." },
  IMPORT_NOT_FOUND: {
    status: "NOT_FOUND",
    message: "This import has expired or was already attached. Start the import again.",
  },
  ARTICLE_NOT_FOUND: { status: "NOT_FOUND", message: "That article does not exist in this team." },
  ARTICLE_EXISTS: {
    status: "CONFLICT",
    message: "This article was attached by someone else a moment ago. Find it in the library.",
  },
  ARTICLE_URL_EXISTS: { status: "CONFLICT", message: "Another article in this team already has this URL." },
  SOURCE_NOT_FOUND: { status: "NOT_FOUND", message: "That source does not exist in this team." },
  SOURCE_EXISTS: { status: "CONFLICT", message: "A source with this name already exists in the team." },
  SOURCE_MERGE_SELF: { status: "BAD_REQUEST", message: "A source cannot be merged into itself." },

  TAG_NOT_FOUND: { status: "NOT_FOUND", message: "That tag does not exist in this team." },
  TAG_EXISTS: { status: "CONFLICT", message: "A tag with this name already exists in the team." },
  TAG_PARENT_INVALID: {
    status: "BAD_REQUEST",
    message:
      "Tags have one level: a parent must be a top-level tag, and a tag with children cannot get a parent.",
  },
  TAG_MERGE_SELF: { status: "BAD_REQUEST", message: "A tag cannot be merged into itself." },

  CLAIM_NOT_FOUND: { status: "NOT_FOUND", message: "That claim does not exist in this team." },
  SELECTION_EMPTY: {
    status: "BAD_REQUEST",
    message: "The selection is empty or only whitespace. Select the words of the claim in the article.",
  },
  SELECTION_OUT_OF_RANGE: {
    status: "BAD_REQUEST",
    message: "The selection lies outside the article's text. Select the passage again.",
  },
  SELECTION_MISMATCH: {
    status: "BAD_REQUEST",
    message: "The selected words do not match the article at that place. Select the passage again.",
  },
  ARTICLE_DELETED: {
    status: "PRECONDITION_FAILED",
    message: "This article is in the trash. Restore it before tagging claims in it.",
  },
  LINK_SELF: { status: "BAD_REQUEST", message: "A claim cannot be linked to itself." },
  LINK_EXISTS: { status: "CONFLICT", message: "These two claims are already linked that way." },
  LINK_NOT_FOUND: { status: "NOT_FOUND", message: "That link between claims does not exist in this team." },

  COMMENT_NOT_FOUND: { status: "NOT_FOUND", message: "That comment does not exist in this team." },
  COMMENT_NOT_YOURS: { status: "FORBIDDEN", message: "You can only edit or delete your own comments." },
  COMMENT_DELETED: { status: "PRECONDITION_FAILED", message: "This comment was deleted." },
  MENTION_NOT_MEMBER: {
    status: "BAD_REQUEST",
    message: "A mention names someone who is not a member of this team.",
  },
  REPLY_TO_REPLY: {
    status: "BAD_REQUEST",
    message: "Replies go to the thread's first comment.",
  },
  NOTIFICATION_NOT_FOUND: { status: "NOT_FOUND", message: "That notification does not exist." },

  ASSESSMENT_NOT_FOUND: { status: "NOT_FOUND", message: "That assessment does not exist in this team." },
  ASSESSMENT_LOCKED: {
    status: "PRECONDITION_FAILED",
    message: "This assessment is in review and its text is locked. Withdraw it from review to change it.",
  },
  ASSESSMENT_NOT_IN_REVIEW: {
    status: "PRECONDITION_FAILED",
    message:
      "This assessment is not waiting for a review. Someone may have just decided it: reload the page.",
  },
  ASSESSMENT_NOT_APPROVED: {
    status: "PRECONDITION_FAILED",
    message:
      "Only an approved assessment can be published. Request a review from a teammate who did not write it.",
  },
  OPEN_IN_TEXT: {
    status: "PRECONDITION_FAILED",
    message: "This team sends for review and publishes only a text with nothing open in Checks.",
  },
  ASSESSMENT_EMPTY: {
    status: "PRECONDITION_FAILED",
    message: "There is nothing to review yet: the assessment has no text.",
  },
  AUTHOR_CANNOT_REVIEW: {
    status: "FORBIDDEN",
    message:
      "You wrote part of this assessment, so you cannot review it. Ask a teammate who did not write it.",
  },
  REVIEWER_NOT_ELIGIBLE: {
    status: "BAD_REQUEST",
    message: "Reviewers must be editors or owners of this team who did not write the assessment.",
  },
  CHANGES_NEED_A_NOTE: {
    status: "BAD_REQUEST",
    message: "Say what should change, so the authors know what to do.",
  },
  VERSION_NOT_FOUND: { status: "NOT_FOUND", message: "That version of the assessment does not exist." },
} as const satisfies Record<string, { status: AppErrorStatus; message: string }>;

export type AppErrorStatus =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNPROCESSABLE_CONTENT"
  | "BAD_GATEWAY"
  | "GATEWAY_TIMEOUT";

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the client, e.g. `{ retryAfterSeconds: 60 }`. Never internals. */
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, string | number>) {
    super(message ?? ERROR_CODES[code].message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): AppErrorStatus {
    return ERROR_CODES[this.code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** True for a Postgres unique-constraint violation (SQLSTATE 23505), whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if (typeof current === "object" && (current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
