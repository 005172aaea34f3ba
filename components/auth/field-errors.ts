/** The first message the server gave for `field`, from a tRPC error's `fieldErrors`. */
export function fieldError(
  error: { data?: { fieldErrors?: Record<string, string[] | undefined> | null } | null } | null,
  field: string,
): string | undefined {
  return error?.data?.fieldErrors?.[field]?.[0];
}
