import { protectedProcedure, router } from "@/server/api/trpc";
import { changePassword } from "@/server/services/account/change-password";
import { getAccount } from "@/server/services/account/get-account";
import { updateAccount } from "@/server/services/account/update-account";

import {
  ZAccountOutput,
  ZChangePasswordInput,
  ZChangePasswordOutput,
  ZUpdateAccountInput,
  ZUpdateAccountOutput,
} from "./schema";

export const accountRouter = router({
  get: protectedProcedure.output(ZAccountOutput).query(({ ctx }) => getAccount(ctx)),
  update: protectedProcedure
    .input(ZUpdateAccountInput)
    .output(ZUpdateAccountOutput)
    .mutation(({ ctx, input }) => updateAccount(ctx, input)),
  changePassword: protectedProcedure
    .input(ZChangePasswordInput)
    .output(ZChangePasswordOutput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
});
