import { and, eq } from "drizzle-orm";

import { articles, claimRatings, claims } from "@/db/schema";
import { validateSelection } from "@/lib/anchoring";
import type { ClaimStatus, ClaimType } from "@/lib/claims";
import type { CredibilityLevel } from "@/lib/scales";
import type { SourceKind } from "@/lib/sources";
import { AppError, type ErrorCode } from "@/server/errors";
import { authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";
import { findOrCreateSource, findSource } from "../sources/find-or-create-source";

import { assertTeamTags, refreshCredibility, replaceClaimTags } from "./claim-rows";

/** Who asserts a claim: one of the team's sources, a new one by name, or nobody in particular. */
export type SpeakerInput = { id: string } | { name: string; kind: SourceKind } | null;

export interface CreateClaimInput {
  articleId: string;
  /** The selection, as offsets into the article's text and the words the person selected. */
  start: number;
  end: number;
  quote: string;
  statement: string;
  speaker?: SpeakerInput | undefined;
  type: ClaimType;
  status?: ClaimStatus | undefined;
  tagIds?: string[] | undefined;
  /** The tagger's own credibility rating, given with the claim. */
  rating?: { level: CredibilityLevel; rationale: string } | null | undefined;
}

const SELECTION_ERRORS: Record<string, ErrorCode> = {
  EMPTY: "SELECTION_EMPTY",
  OUT_OF_RANGE: "SELECTION_OUT_OF_RANGE",
  SPLITS_CHARACTER: "SELECTION_OUT_OF_RANGE",
  QUOTE_MISMATCH: "SELECTION_MISMATCH",
};

/** Resolve the speaker input to a source id of the team (creating a new source when named). */
export async function resolveSpeaker(
  ctx: TeamContext,
  speaker: SpeakerInput | undefined,
): Promise<string | null | undefined> {
  if (speaker === undefined) return undefined;
  if (speaker === null) return null;
  if ("id" in speaker) return (await findSource(ctx.db, ctx.actor, speaker.id)).id;
  return (await findOrCreateSource(ctx.db, ctx.actor, speaker)).id;
}

/**
 * Turn a passage of an article into a claim (editors). The selection is checked against the stored
 * text (inside the article, not empty, the quote matching the offsets) and anchored with its context;
 * the speaker, tags and the tagger's rating are saved with it, all or nothing.
 */
export async function createClaim({ db, actor }: TeamContext, input: CreateClaimInput) {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({
        id: articles.id,
        teamId: articles.teamId,
        text: articles.text,
        deletedAt: articles.deletedAt,
      })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), eq(articles.teamId, actor.teamId)))
      .limit(1);
    authorize(actor, "claim.create", article, "ARTICLE_NOT_FOUND");
    if (article.deletedAt) throw new AppError("ARTICLE_DELETED");
    const selection = validateSelection(article.text, input.start, input.end, input.quote);
    if (!selection.ok) throw new AppError(SELECTION_ERRORS[selection.reason] ?? "SELECTION_MISMATCH");
    const { anchor } = selection;
    const speakerId = await resolveSpeaker({ db: tx, actor }, input.speaker);
    await assertTeamTags(tx, actor, input.tagIds ?? []);
    const [claim] = await tx
      .insert(claims)
      .values({
        teamId: actor.teamId,
        articleId: article.id,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        startOffset: anchor.start,
        endOffset: anchor.end,
        statement: input.statement,
        speakerId: speakerId ?? null,
        type: input.type,
        status: input.status ?? "open",
        createdBy: actor.userId,
      })
      .returning({ id: claims.id });
    if (!claim) throw new Error("insert returned no row");
    await replaceClaimTags(tx, actor, claim.id, input.tagIds ?? []);
    if (input.rating) {
      await tx.insert(claimRatings).values({
        teamId: actor.teamId,
        claimId: claim.id,
        raterId: actor.userId,
        level: input.rating.level,
        rationale: input.rating.rationale,
      });
      await refreshCredibility(tx, actor.teamId, claim.id);
    }
    await recordActivity(tx, actor, {
      verb: "claim.created",
      subjectType: "claim",
      subjectId: claim.id,
      articleId: article.id,
      data: { statement: input.statement.slice(0, 200) },
    });
    return { id: claim.id, start: anchor.start, end: anchor.end };
  });
}
