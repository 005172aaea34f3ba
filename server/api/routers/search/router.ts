import { router, teamProcedure } from "@/server/api/trpc";
import { searchEverything } from "@/server/services/search/search-everything";

import { ZSearchEverythingInput, ZSearchEverythingOutput } from "./schema";

export const searchRouter = router({
  /** Articles, claims, sources and assessments of the team at once, the best few of each. */
  everything: teamProcedure
    .input(ZSearchEverythingInput)
    .output(ZSearchEverythingOutput)
    .query(({ ctx, input }) => searchEverything(ctx, input)),
});
