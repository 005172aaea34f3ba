import { protectedProcedure, router } from "@/server/api/trpc";
import { changePassword } from "@/server/services/account/change-password";
import { endAllSessions, endSession } from "@/server/services/account/end-sessions";
import { getAccount } from "@/server/services/account/get-account";
import { listSessions } from "@/server/services/account/list-sessions";
import { updateAccount } from "@/server/services/account/update-account";

import {
  ZAccountOutput,
  ZChangePasswordInput,
  ZChangePasswordOutput,
  ZEndAllSessionsInput,
  ZEndSessionInput,
  ZEndSessionsOutput,
  ZSessionListOutput,
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
  sessions: router({
    list: protectedProcedure.output(ZSessionListOutput).query(({ ctx }) => listSessions(ctx)),
    end: protectedProcedure
      .input(ZEndSessionInput)
      .output(ZEndSessionsOutput)
      .mutation(({ ctx, input }) => endSession(ctx, input)),
    endAll: protectedProcedure
      .input(ZEndAllSessionsInput)
      .output(ZEndSessionsOutput)
      .mutation(({ ctx, input }) => endAllSessions(ctx, input)),
  }),
});
