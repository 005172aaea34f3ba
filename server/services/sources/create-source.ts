import { sources } from "@/db/schema";
import { domainOfName, sourceKey, type SourceKind } from "@/lib/sources";
import { siteHost } from "@/lib/url";
import { AppError, isUniqueViolation } from "@/server/errors";
import { assertCan } from "@/server/policies";
import type { TeamContext } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

export interface CreateSourceInput {
  kind: SourceKind;
  name: string;
  url?: string | undefined;
  description?: string | undefined;
}

/** Add a source by hand (editors). The same name (or domain) of the same kind already there is a conflict. */
export async function createSource({ db, actor }: TeamContext, input: CreateSourceInput) {
  assertCan(actor, "source.create");
  const domain = domainOfName(input.name) ?? (input.url ? siteHost(input.url) : null);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(sources)
        .values({
          teamId: actor.teamId,
          kind: input.kind,
          name: input.name,
          key: sourceKey(input.name),
          domain: input.kind === "outlet" ? domain : null,
          url: input.url || null,
          description: input.description || null,
          createdBy: actor.userId,
        })
        .returning({ id: sources.id, name: sources.name, kind: sources.kind });
      if (!created) throw new Error("insert returned no row");
      await recordActivity(tx, actor, {
        verb: "source.created",
        subjectType: "source",
        subjectId: created.id,
        data: { name: created.name },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("SOURCE_EXISTS");
    throw error;
  }
}
