import { z } from "zod";

import { router, teamProcedure } from "@/server/api/trpc";
import { createComment } from "@/server/services/comments/create-comment";
import { deleteComment } from "@/server/services/comments/delete-comment";
import { listComments } from "@/server/services/comments/list-comments";
import { resolveThread } from "@/server/services/comments/resolve-thread";
import { updateComment } from "@/server/services/comments/update-comment";

import {
  ZCommentRef,
  ZCreateCommentInput,
  ZCreateCommentOutput,
  ZListCommentsInput,
  ZListCommentsOutput,
  ZResolveThreadInput,
  ZUpdateCommentInput,
} from "./schema";

/** Discussion on claims and articles: every member takes part, viewers included. */
export const commentsRouter = router({
  list: teamProcedure
    .input(ZListCommentsInput)
    .output(ZListCommentsOutput)
    .query(({ ctx, input }) => listComments(ctx, input)),
  /** Start a thread, or reply to one (threadId). */
  create: teamProcedure
    .input(ZCreateCommentInput)
    .output(ZCreateCommentOutput)
    .mutation(({ ctx, input }) => createComment(ctx, input)),
  /** Edit your own comment. */
  update: teamProcedure
    .input(ZUpdateCommentInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => updateComment(ctx, input)),
  /** Delete your own comment (owners: any). */
  delete: teamProcedure
    .input(ZCommentRef)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteComment(ctx, input)),
  /** Resolve or reopen a thread. */
  resolve: teamProcedure
    .input(ZResolveThreadInput)
    .output(z.object({ id: z.uuid(), isResolved: z.boolean() }))
    .mutation(({ ctx, input }) => resolveThread(ctx, input)),
});
