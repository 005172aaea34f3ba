/**
 * tRPC building blocks: the context type, the error formatter, and the procedure builders
 * (public → protected → team → role-requiring). Routers pick a builder, validate, call one service.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";

import type { Database } from "@/db";
import { SLUG_MAX } from "@/lib/limits";
import { forbiddenCharacterIn, forbiddenCharacterMessage } from "@/lib/validation";
import { hasRole, type TeamRole } from "@/lib/roles";
import { AppError } from "@/server/errors";
import type { TeamEventHub } from "@/server/realtime/hub";
import { resolveActor, type ResolvedTeam } from "@/server/services/teams/resolve-actor";

import { transformer } from "./transformer";

export interface TRPCContext {
  db: Database;
  /** The signed-in person, from the session cookie; null when signed out. */
  userId: string | null;
  /** The server-side session the cookie names (null when signed out, or for callers built in tests). */
  sessionId: string | null;
  /** The client address as server.ts saw it (for throttling); null outside HTTP. */
  clientIp: string | null;
  /** Where subscriptions hear teammates' changes (one per process). */
  events: TeamEventHub;
  /**
   * The teams this request has resolved, by address: the calls of one batch, or of one page's render,
   * check the caller's membership once. Made per request (see contextFor); callers that outlive a
   * request (tests' createCaller) have none and check on every call.
   */
  resolvedTeams?: Map<string, Promise<ResolvedTeam>>;
}

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

function humanizePath(path: PropertyKey[]): string {
  const last = [...path].reverse().find((part) => typeof part === "string");
  if (typeof last !== "string") return "Input";
  const words = last.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One sentence per problem. Our own messages are whole sentences ending with a full stop and name
 * their field; zod's built-in ones ("Invalid UUID") get the field's name in front.
 */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.message.endsWith(".") ? issue.message : `${humanizePath(issue.path)}: ${issue.message}.`,
    )
    .join(" ");
}

const t = initTRPC.context<TRPCContext>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: isInternal ? INTERNAL_MESSAGE : shape.message,
      code: shape.code,
      data: {
        // No stack, ever: the browser gets the code and a sentence, the server log gets the rest.
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: cause instanceof AppError ? cause.code : null,
        details: cause instanceof AppError ? (cause.details ?? null) : null,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** The TRPCError an AppError stands for. */
function trpcErrorOf(cause: AppError): TRPCError {
  return new TRPCError({ code: cause.status, message: cause.message, cause });
}

/**
 * A subscription's stream with its AppErrors mapped as the middleware maps a resolver's: an error
 * thrown while the stream runs comes after the middleware has returned.
 */
export async function* mappedStream<T>(stream: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* stream;
  } catch (error) {
    throw error instanceof AppError ? trpcErrorOf(error) : error;
  }
}

/**
 * Services throw AppError; here, in one place, each becomes the TRPCError of its code, so callers
 * (HTTP and createCaller alike) see NOT_FOUND, FORBIDDEN… rather than an internal error.
 * Zod failures become BAD_REQUEST with a readable message.
 */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw trpcErrorOf(cause);
  if (result.error.code === "BAD_REQUEST" && cause instanceof ZodError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
  }
  return result;
});

/** Where in an input the first string with a forbidden character is (keys count too), if anywhere. */
function findForbiddenText(input: unknown): { path: PropertyKey[]; code: string } | null {
  const stack: [unknown, PropertyKey[]][] = [[input, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() ?? [null, []];
    if (typeof value === "string") {
      const code = forbiddenCharacterIn(value);
      if (code) return { path, code };
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const code = forbiddenCharacterIn(key);
        if (code) return { path: [...path, key], code };
        stack.push([child, [...path, key]]);
      }
    }
  }
  return null;
}

/**
 * Every procedure's input, before its own schema: no string anywhere in it may hold a control
 * character (but tab and newline) or an unpaired surrogate (lib/validation.ts). One check for all of
 * them, so no field can forget it; a NUL never reaches Postgres.
 */
const plainTextInput = t.middleware(async ({ getRawInput, next }) => {
  const found = findForbiddenText(await getRawInput());
  if (found)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${humanizePath(found.path)} ${forbiddenCharacterMessage(found.code)}`,
    });
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(plainTextInput);

/** Signed-in callers only; puts a non-null `userId` on the context. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new AppError("UNAUTHENTICATED");
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

/** The team address every team procedure takes. Lenient on purpose: an unknown address is NOT_FOUND. */
export const zTeamRef = z.object({
  teamSlug: z
    .string({ error: "Team address is required." })
    .trim()
    .min(1, "Team address is required.")
    .max(SLUG_MAX, `Team address must be at most ${SLUG_MAX} characters.`),
});

/**
 * Members of the team named by `input.teamSlug`. Resolves the membership once and puts
 * `actor = { userId, teamId, role }` and the team on the context.
 */
export const teamProcedure = protectedProcedure.input(zTeamRef).use(async ({ ctx, input, next }) => {
  const resolving =
    ctx.resolvedTeams?.get(input.teamSlug) ??
    resolveActor({ db: ctx.db, userId: ctx.userId }, input.teamSlug);
  ctx.resolvedTeams?.set(input.teamSlug, resolving);
  const { actor, team } = await resolving;
  return next({ ctx: { ...ctx, actor, team } });
});

/** Team members with at least `minimum` role; others get FORBIDDEN. */
export function teamRoleProcedure(minimum: TeamRole) {
  return teamProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.actor.role, minimum)) throw new AppError("FORBIDDEN");
    return next();
  });
}

export const editorProcedure = teamRoleProcedure("editor");
export const ownerProcedure = teamRoleProcedure("owner");
