import { publicProcedure, router } from "@/server/api/trpc";
import { signUp } from "@/server/services/auth/sign-up";

import { ZSignUpInput, ZSignUpOutput } from "./schema";

export const authRouter = router({
  /** Create an account. The browser then signs in through next-auth with the same credentials. */
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(ZSignUpOutput)
    .mutation(({ ctx, input }) => signUp({ db: ctx.db }, input)),
});
