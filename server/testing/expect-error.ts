import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Await a call that must fail with a TRPCError of `code`; returns the error for further checks. */
export async function expectTRPCError(
  promise: Promise<unknown>,
  code: TRPCError["code"],
): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code, trpcError.message).toBe(code);
  return trpcError;
}
