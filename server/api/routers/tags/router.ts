import { z } from "zod";

import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createTag } from "@/server/services/tags/create-tag";
import { deleteTag } from "@/server/services/tags/delete-tag";
import { listTags } from "@/server/services/tags/list-tags";
import { mergeTags } from "@/server/services/tags/merge-tags";
import { updateTag } from "@/server/services/tags/update-tag";

import {
  ZCreateTagInput,
  ZListTagsOutput,
  ZMergeTagsInput,
  ZMergeTagsOutput,
  ZTag,
  ZTagRef,
  ZUpdateTagInput,
} from "./schema";

export const tagsRouter = router({
  /** The team's taxonomy with claim counts. */
  list: teamProcedure.output(ZListTagsOutput).query(({ ctx }) => listTags(ctx)),
  create: editorProcedure
    .input(ZCreateTagInput)
    .output(ZTag)
    .mutation(({ ctx, input }) => createTag(ctx, input)),
  update: editorProcedure
    .input(ZUpdateTagInput)
    .output(ZTag)
    .mutation(({ ctx, input }) => updateTag(ctx, input)),
  /** Merge a tag into another; its claims and children move over. */
  merge: editorProcedure
    .input(ZMergeTagsInput)
    .output(ZMergeTagsOutput)
    .mutation(({ ctx, input }) => mergeTags(ctx, input)),
  delete: editorProcedure
    .input(ZTagRef)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteTag(ctx, input)),
});
