import { inArray } from "drizzle-orm";

import { claims } from "@/db/schema";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { selectClaimRows, toClaimSummaries } from "./claim-summaries";

/**
 * The summaries of some of the team's claims, by id, in the order asked (an assessment's citations
 * and evidence). Ids of claims that no longer exist, or are another team's, are left out.
 */
export async function listClaimsByIds({ db, actor }: TeamContext, input: { claimIds: string[] }) {
  assertCan(actor, "claim.read");
  const ids = [...new Set(input.claimIds)];
  if (ids.length === 0) return { items: [] };
  const rows = await selectClaimRows(db, actor, inArray(claims.id, ids));
  const summaries = await toClaimSummaries(db, actor, rows);
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  return { items: ids.flatMap((id) => byId.get(id) ?? []) };
}
