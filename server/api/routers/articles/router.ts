import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createArticle } from "@/server/services/articles/create-article";
import { deleteArticle, restoreArticle } from "@/server/services/articles/delete-article";
import { getArticle } from "@/server/services/articles/get-article";
import { getArticleHistory } from "@/server/services/articles/get-article-history";
import { importFile, importText, importUrl } from "@/server/services/articles/import-article";
import { listArticles } from "@/server/services/articles/list-articles";
import { updateArticle } from "@/server/services/articles/update-article";

import {
  ZArticleHistoryOutput,
  ZArticleRef,
  ZCreateArticleInput,
  ZCreateArticleOutput,
  ZDeleteArticleOutput,
  ZGetArticleOutput,
  ZImportFileInput,
  ZImportPreviewOutput,
  ZImportTextInput,
  ZImportUrlInput,
  ZListArticlesInput,
  ZListArticlesOutput,
  ZUpdateArticleInput,
  ZUpdateArticleOutput,
} from "./schema";

export const articlesRouter = router({
  /** The library: search, filters, sorts, cursor pages. */
  list: teamProcedure
    .input(ZListArticlesInput)
    .output(ZListArticlesOutput)
    .query(({ ctx, input }) => listArticles(ctx, { ...input, cursor: input.cursor ?? undefined })),
  get: teamProcedure
    .input(ZArticleRef)
    .output(ZGetArticleOutput)
    .query(({ ctx, input }) => getArticle(ctx, input)),
  history: teamProcedure
    .input(ZArticleRef)
    .output(ZArticleHistoryOutput)
    .query(({ ctx, input }) => getArticleHistory(ctx, input)),
  /** Extract pasted text and stage it for review. */
  importText: editorProcedure
    .input(ZImportTextInput)
    .output(ZImportPreviewOutput)
    .mutation(({ ctx, input }) => importText(ctx, input)),
  /** Extract an uploaded file (sent as base64) and stage it for review. */
  importFile: editorProcedure
    .input(ZImportFileInput)
    .output(ZImportPreviewOutput)
    .mutation(({ ctx, input }) =>
      importFile(ctx, {
        fileName: input.fileName,
        bytes: new Uint8Array(Buffer.from(input.contentBase64, "base64")),
      }),
    ),
  /** Fetch a URL (through the SSRF guard), extract it and stage it for review. */
  importUrl: editorProcedure
    .input(ZImportUrlInput)
    .output(ZImportPreviewOutput)
    .mutation(({ ctx, input }) => importUrl(ctx, input)),
  /** Attach a staged import with its reviewed metadata, or point to the article the team already has. */
  create: editorProcedure
    .input(ZCreateArticleInput)
    .output(ZCreateArticleOutput)
    .mutation(({ ctx, input }) => createArticle(ctx, input)),
  update: editorProcedure
    .input(ZUpdateArticleInput)
    .output(ZUpdateArticleOutput)
    .mutation(({ ctx, input }) => updateArticle(ctx, input)),
  delete: editorProcedure
    .input(ZArticleRef)
    .output(ZDeleteArticleOutput)
    .mutation(({ ctx, input }) => deleteArticle(ctx, input)),
  restore: editorProcedure
    .input(ZArticleRef)
    .output(ZDeleteArticleOutput)
    .mutation(({ ctx, input }) => restoreArticle(ctx, input)),
});
