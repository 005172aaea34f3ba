import { TRPCError } from "@trpc/server";
import superjson from "superjson";

/** Deeper than any input of ours: past this, a request is refused before anything recurses into it. */
const MAX_DEPTH = 64;

const UNREADABLE = "The request could not be read: its data is malformed.";

/** True when `value` nests objects or arrays more than `MAX_DEPTH` deep (checked without recursion). */
function isTooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() ?? [null, 0];
    if (current === null || typeof current !== "object") continue;
    if (depth >= MAX_DEPTH) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * superjson, with the server's reading of a request made safe: a payload nested absurdly deep, or
 * metadata superjson cannot apply (unknown types, wrong shapes, ones that make it recurse for ever),
 * is a BAD_REQUEST with one plain sentence instead of an internal error or a stack overflow's
 * message. What the server sends, and everything the browser does, is superjson unchanged.
 */
export const transformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (payload: unknown): unknown => {
      if (isTooDeep(payload)) throw new TRPCError({ code: "BAD_REQUEST", message: UNREADABLE });
      try {
        return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
      } catch (cause) {
        throw new TRPCError({ code: "BAD_REQUEST", message: UNREADABLE, cause });
      }
    },
  },
  output: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (payload: unknown): unknown =>
      superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]),
  },
};
