import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createSource } from "@/server/services/sources/create-source";
import { getSource } from "@/server/services/sources/get-source";
import { listSources } from "@/server/services/sources/list-sources";
import { mergeSources } from "@/server/services/sources/merge-sources";
import { rateSource } from "@/server/services/sources/rate-source";
import { updateSource } from "@/server/services/sources/update-source";

import {
  ZCreateSourceInput,
  ZGetSourceOutput,
  ZListSourcesInput,
  ZListSourcesOutput,
  ZMergeSourcesInput,
  ZMergeSourcesOutput,
  ZRateSourceInput,
  ZRateSourceOutput,
  ZSourceRef,
  ZSourceSummaryOutput,
  ZUpdateSourceInput,
} from "./schema";

export const sourcesRouter = router({
  list: teamProcedure
    .input(ZListSourcesInput)
    .output(ZListSourcesOutput)
    .query(({ ctx, input }) => listSources(ctx, input)),
  get: teamProcedure
    .input(ZSourceRef)
    .output(ZGetSourceOutput)
    .query(({ ctx, input }) => getSource(ctx, input)),
  create: editorProcedure
    .input(ZCreateSourceInput)
    .output(ZSourceSummaryOutput)
    .mutation(({ ctx, input }) => createSource(ctx, input)),
  update: editorProcedure
    .input(ZUpdateSourceInput)
    .output(ZSourceSummaryOutput)
    .mutation(({ ctx, input }) => updateSource(ctx, input)),
  /** Merge a duplicate into another source; its articles and ratings move over. */
  merge: editorProcedure
    .input(ZMergeSourcesInput)
    .output(ZMergeSourcesOutput)
    .mutation(({ ctx, input }) => mergeSources(ctx, input)),
  /** Rate a source A–F with a rationale; history is kept. */
  rate: editorProcedure
    .input(ZRateSourceInput)
    .output(ZRateSourceOutput)
    .mutation(({ ctx, input }) => rateSource(ctx, input)),
});
