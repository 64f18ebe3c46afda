// Who may do what in the assessment: the rule-of-law office edits schemes, scores and resolves;
// leaders and auditors read every scorecard; an assessed organisation's own staff read its
// scorecard and object to it. Scope follows the annual report's rule: a supervisor's scope must
// cover the scheme's whole organisation subtree.
import { coversSubtreePredicate } from "../engine/access.js";
import { hasAnyRole, type Actor } from "../engine/actor.js";
import type { Params } from "../engine/params.js";
import type { Role } from "../kernel/roles.js";

export const SCHEME_WRITERS: readonly Role[] = ["lawOffice"];
export const SCHEME_SUPERVISORS: readonly Role[] = ["lawOffice", "leader", "auditor"];
export const OBJECTORS: readonly Role[] = ["clerk", "head"];

/** SQL predicate over assessment_scheme aliased `s`: the actor reads every scorecard / writes. */
export function schemeAccessSql(
  actor: Actor,
  params: Params,
  purpose: "supervise" | "write",
): string {
  const roles = purpose === "write" ? SCHEME_WRITERS : SCHEME_SUPERVISORS;
  if (!hasAnyRole(actor, roles)) return "FALSE";
  return coversSubtreePredicate(actor, params, "s.org_id");
}

/** Whether the actor works in the assessed organisation (or below it), by its org path. */
export const belongsTo = (actor: Actor, orgPath: string): boolean =>
  actor.kind === "user" && actor.orgPath.startsWith(orgPath);
