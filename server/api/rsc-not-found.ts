import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Run a server-side call for a page; NOT_FOUND and bad input (a mangled address) show the 404 page. */
export async function orNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
