import { PERMISSIONS, can, type Action } from "@/server/policies";
import type { Actor } from "@/server/services/context";

import type { TeamSettings } from "./resolve-actor";

/**
 * The team the team procedure resolved, with what the actor may do in it. The UI uses the
 * permissions to hide controls; the procedures still check every call.
 */
export function getTeam({ actor, team }: { actor: Actor; team: TeamSettings }) {
  const actions = Object.keys(PERMISSIONS) as Action[];
  const permissions = Object.fromEntries(actions.map((action) => [action, can(actor, action)])) as Record<
    Action,
    boolean
  >;
  return { ...team, role: actor.role, permissions };
}
