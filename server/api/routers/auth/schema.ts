import { z } from "zod";

import { zEmail, zPassword, zPersonName } from "@/lib/validation";

export const ZSignUpInput = z.object({ name: zPersonName, email: zEmail, password: zPassword });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignUpOutput = z.object({ id: z.uuid(), email: z.string() });
