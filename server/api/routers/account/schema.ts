import { z } from "zod";

import { PASSWORD_MAX, zPassword, zPersonName } from "@/lib/validation";

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
export const ZChangePasswordOutput = z.object({ ok: z.literal(true) });
