import { z } from "zod";

import { editorProcedure, router, teamProcedure } from "@/server/api/trpc";
import { createClaim } from "@/server/services/claims/create-claim";
import { deleteClaim } from "@/server/services/claims/delete-claim";
import { getClaim } from "@/server/services/claims/get-claim";
import { linkClaims, unlinkClaims } from "@/server/services/claims/link-claims";
import { listArticleClaims } from "@/server/services/claims/list-article-claims";
import { listClaimsByIds } from "@/server/services/claims/list-claims-by-ids";
import { listClaims } from "@/server/services/claims/list-claims";
import { rateClaim } from "@/server/services/claims/rate-claim";
import { reReviewImpact } from "@/server/services/claims/re-review-impact";
import { tagClaims } from "@/server/services/claims/tag-claims";
import { updateClaim } from "@/server/services/claims/update-claim";

import {
  ZArticleClaimsInput,
  ZArticleClaimsOutput,
  ZClaimRef,
  ZClaimsByIdsInput,
  ZClaimSummary,
  ZCreateClaimInput,
  ZCreateClaimOutput,
  ZGetClaimOutput,
  ZIdOutput,
  ZLinkClaimsInput,
  ZLinkRef,
  ZListClaimsInput,
  ZListClaimsOutput,
  ZRateClaimInput,
  ZRateClaimOutput,
  ZReReviewImpactInput,
  ZTagClaimsInput,
  ZUpdateClaimInput,
} from "./schema";

export const claimsRouter = router({
  /** The Claims page: search, filters, sorts, keyset pages. */
  list: teamProcedure
    .input(ZListClaimsInput)
    .output(ZListClaimsOutput)
    .query(({ ctx, input }) => listClaims(ctx, input)),
  /** Every claim of one article, in reading order (the reader's highlights and panel). */
  listByArticle: teamProcedure
    .input(ZArticleClaimsInput)
    .output(ZArticleClaimsOutput)
    .query(({ ctx, input }) => listArticleClaims(ctx, input)),
  /** Some claims by id, in the order asked (an assessment's citations). */
  byIds: teamProcedure
    .input(ZClaimsByIdsInput)
    .output(z.object({ items: z.array(ZClaimSummary) }))
    .query(({ ctx, input }) => listClaimsByIds(ctx, input)),
  /** The published assessments a change to these claims would flag for re-review. */
  reReviewImpact: teamProcedure
    .input(ZReReviewImpactInput)
    .output(
      z.object({
        items: z.array(z.object({ assessmentId: z.uuid(), title: z.string(), number: z.number().int() })),
      }),
    )
    .query(({ ctx, input }) => reReviewImpact(ctx, input)),
  get: teamProcedure
    .input(ZClaimRef)
    .output(ZGetClaimOutput)
    .query(({ ctx, input }) => getClaim(ctx, input)),
  /** Turn a selected passage into a claim. */
  create: editorProcedure
    .input(ZCreateClaimInput)
    .output(ZCreateClaimOutput)
    .mutation(({ ctx, input }) => createClaim(ctx, input)),
  update: editorProcedure
    .input(ZUpdateClaimInput)
    .output(ZIdOutput)
    .mutation(({ ctx, input }) => updateClaim(ctx, input)),
  delete: editorProcedure
    .input(ZClaimRef)
    .output(z.object({ id: z.uuid(), articleId: z.uuid() }))
    .mutation(({ ctx, input }) => deleteClaim(ctx, input)),
  /** Rate a claim's credibility 1–6 with a rationale; history is kept. */
  rate: editorProcedure
    .input(ZRateClaimInput)
    .output(ZRateClaimOutput)
    .mutation(({ ctx, input }) => rateClaim(ctx, input)),
  /** Bulk tagging: add and remove tags on many claims at once. */
  tag: editorProcedure
    .input(ZTagClaimsInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => tagClaims(ctx, input)),
  links: router({
    create: editorProcedure
      .input(ZLinkClaimsInput)
      .output(ZIdOutput)
      .mutation(({ ctx, input }) => linkClaims(ctx, input)),
    delete: editorProcedure
      .input(ZLinkRef)
      .output(ZIdOutput)
      .mutation(({ ctx, input }) => unlinkClaims(ctx, input)),
  }),
});
