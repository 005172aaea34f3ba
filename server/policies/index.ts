import { hasRole, type TeamRole } from "@/lib/roles";
import { AppError, type ErrorCode } from "@/server/errors";
import type { Actor } from "@/server/services/context";

/**
 * Who may do what inside a team: the weakest role allowed for each action. One table, so that a
 * reviewer can read the whole permission model in one place (and the README repeats it).
 */
export const PERMISSIONS = {
  "team.read": "viewer",
  "team.update": "owner",
  "member.read": "viewer",
  "member.update": "owner",
  "member.remove": "owner",
  "invitation.manage": "owner",
  "article.read": "viewer",
  "article.create": "editor",
  "article.update": "editor",
  "article.delete": "editor",
  "source.read": "viewer",
  "source.create": "editor",
  "source.update": "editor",
  "source.merge": "editor",
  "source.rate": "editor",
  "tag.read": "viewer",
  "tag.manage": "editor",
  "claim.read": "viewer",
  "claim.create": "editor",
  "claim.update": "editor",
  "claim.delete": "editor",
  "claim.rate": "editor",
  "claim.tag": "editor",
  "claim.link": "editor",
  // Everyone in the team takes part in discussions; editing and deleting are limited to one's own
  // comments in the service (owners may also delete, to moderate).
  "comment.read": "viewer",
  "comment.create": "viewer",
  "comment.resolve": "viewer",
  "comment.moderate": "owner",
  "notification.read": "viewer",
  "activity.read": "viewer",
  "assessment.read": "viewer",
  "assessment.create": "editor",
  "assessment.update": "editor",
  // Reviewing is an editorial act: editors and owners who did not write the assessment (checked in
  // the service). Any editor may publish once it is approved.
  "assessment.review": "editor",
  "assessment.publish": "editor",
} as const satisfies Record<string, TeamRole>;

export type Action = keyof typeof PERMISSIONS;

/** True when the actor's role allows the action. For UI hints; services call {@link authorize}. */
export function can(actor: Pick<Actor, "role">, action: Action): boolean {
  return hasRole(actor.role, PERMISSIONS[action]);
}

/** Throw FORBIDDEN unless the actor's role allows the action. */
export function assertCan(actor: Pick<Actor, "role">, action: Action): void {
  if (!can(actor, action)) throw new AppError("FORBIDDEN");
}

/**
 * Assert that the actor may do `action` to `subject`, narrowing a possibly-missing subject.
 * A missing subject, or one that belongs to another team, answers `notFound`: across teams an object
 * does not exist. The team is also in every query's WHERE clause; this is the second wall.
 */
export function authorize<T extends { teamId: string }>(
  actor: Actor,
  action: Action,
  subject: T | null | undefined,
  notFound: ErrorCode,
): asserts subject is T {
  if (!subject || subject.teamId !== actor.teamId) throw new AppError(notFound);
  assertCan(actor, action);
}
