import { and, eq, isNull } from "drizzle-orm";

import { sources } from "@/db/schema";
import { domainOfName, sourceKey, type SourceKind } from "@/lib/sources";
import { siteHost } from "@/lib/url";
import { AppError, isUniqueViolation } from "@/server/errors";
import { authorize } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

export interface UpdateSourceInput {
  sourceId: string;
  name?: string | undefined;
  kind?: SourceKind | undefined;
  url?: string | null | undefined;
  description?: string | null | undefined;
}

/** Correct a source's name, kind, address or description (editors). */
export async function updateSource({ db, actor }: TeamContext, input: UpdateSourceInput) {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(sources)
        .where(
          and(eq(sources.id, input.sourceId), eq(sources.teamId, actor.teamId), isNull(sources.mergedIntoId)),
        )
        .limit(1);
      authorize(actor, "source.update", current, "SOURCE_NOT_FOUND");
      const name = input.name ?? current.name;
      const kind = input.kind ?? current.kind;
      const url = input.url === undefined ? current.url : input.url || null;
      const next = {
        name,
        kind,
        key: sourceKey(name),
        url,
        domain:
          kind === "outlet" ? (domainOfName(name) ?? (url ? siteHost(url) : null) ?? current.domain) : null,
        description: input.description === undefined ? current.description : input.description || null,
      };
      const changes = Object.fromEntries(
        (["name", "kind", "url", "description"] as const)
          .filter((field) => next[field] !== current[field])
          .map((field) => [field, { from: current[field], to: next[field] }]),
      );
      const [updated] = await tx
        .update(sources)
        .set({ ...next, updatedAt: new Date() })
        .where(and(eq(sources.id, current.id), eq(sources.teamId, actor.teamId)))
        .returning({ id: sources.id, name: sources.name, kind: sources.kind });
      if (!updated) throw new AppError("SOURCE_NOT_FOUND");
      if (Object.keys(changes).length > 0) {
        await recordActivity(tx, actor, {
          verb: "source.updated",
          subjectType: "source",
          subjectId: current.id,
          data: { changes },
        });
      }
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SOURCE_EXISTS");
    throw error;
  }
}
