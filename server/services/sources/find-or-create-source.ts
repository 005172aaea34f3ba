import { and, eq, isNull } from "drizzle-orm";

import type { Database } from "@/db";
import { sources } from "@/db/schema";
import { sourceKey, type SourceKind } from "@/lib/sources";
import { AppError, isUniqueViolation } from "@/server/errors";
import type { Actor } from "@/server/services/context";

import { recordActivity } from "../activity/record-activity";

import { findOrCreateOutlet } from "./find-or-create-outlet";

/** One of the team's live (not merged) sources by id, or SOURCE_NOT_FOUND. */
export async function findSource(db: Database, actor: Actor, sourceId: string) {
  const [source] = await db
    .select({ id: sources.id, name: sources.name, kind: sources.kind })
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.teamId, actor.teamId), isNull(sources.mergedIntoId)))
    .limit(1);
  if (!source) throw new AppError("SOURCE_NOT_FOUND");
  return source;
}

/**
 * The team's source of this kind and name, created on first use: a speaker typed into the claim form
 * ("Sergey Markov") is found again rather than duplicated. Outlets go through findOrCreateOutlet,
 * which also recognises their domains.
 */
export async function findOrCreateSource(
  db: Database,
  actor: Actor,
  input: { name: string; kind: SourceKind },
): Promise<{ id: string; name: string }> {
  if (input.kind === "outlet") return findOrCreateOutlet(db, actor, { name: input.name });
  const name = input.name.trim().slice(0, 200);
  const key = sourceKey(name);
  const find = async () => {
    const [row] = await db
      .select({ id: sources.id, name: sources.name })
      .from(sources)
      .where(
        and(
          eq(sources.teamId, actor.teamId),
          eq(sources.kind, input.kind),
          eq(sources.key, key),
          isNull(sources.mergedIntoId),
        ),
      )
      .limit(1);
    return row;
  };
  const existing = await find();
  if (existing) return existing;
  try {
    const [created] = await db
      .insert(sources)
      .values({ teamId: actor.teamId, kind: input.kind, name, key, createdBy: actor.userId })
      .returning({ id: sources.id, name: sources.name });
    if (!created) throw new Error("insert returned no row");
    await recordActivity(db, actor, {
      verb: "source.created",
      subjectType: "source",
      subjectId: created.id,
      data: { name },
    });
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await find();
    if (!raced) throw error;
    return raced;
  }
}
