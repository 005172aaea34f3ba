import { z } from "zod";

import { PASSWORD_MAX } from "@/lib/limits";
import { zPassword, zPersonName } from "@/lib/validation";

export const ZAccountOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  hasPassword: z.boolean(),
});

export const ZUpdateAccountInput = z.object({ name: zPersonName });
export const ZUpdateAccountOutput = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

export const ZChangePasswordInput = z.object({
  currentPassword: z
    .string({ error: "Current password is required." })
    .min(1, "Current password is required.")
    .max(PASSWORD_MAX, `Current password must be at most ${PASSWORD_MAX} characters.`),
  newPassword: zPassword,
});
export const ZChangePasswordOutput = z.object({ ok: z.literal(true), otherSessionsEnded: z.number().int() });

export const ZSessionListOutput = z.array(
  z.object({
    id: z.uuid(),
    device: z.string(),
    ipAddress: z.string().nullable(),
    signedInAt: z.date(),
    lastSeenAt: z.date(),
    isCurrent: z.boolean(),
  }),
);
/** The password, when the person signed in more than ten minutes ago (see end-sessions.ts). */
const zConfirmPassword = z
  .string()
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters.`)
  .optional();
export const ZEndSessionInput = z.object({
  sessionId: z.uuid("Session: choose a session from the list."),
  password: zConfirmPassword,
});
export const ZEndAllSessionsInput = z.object({ password: zConfirmPassword }).optional();
export const ZEndSessionsOutput = z.object({ ended: z.number().int() });
