// Who may read and write annual reports: the rule-of-law office writes and publishes; leaders,
// auditors and heads read. Either way only for organisations whose whole subtree lies in the
// user's scope: a report's figures cover the subtree, so a narrower user would see partial ones.
import { coversSubtreePredicate } from "../engine/access.js";
import { hasAnyRole, type Actor } from "../engine/actor.js";
import type { Params } from "../engine/params.js";
import type { Role } from "../kernel/roles.js";

export const REPORT_READERS: readonly Role[] = ["lawOffice", "leader", "auditor", "head"];
export const REPORT_WRITERS: readonly Role[] = ["lawOffice"];

/** SQL predicate over the annual_report row aliased `a`. */
export function reportAccessSql(actor: Actor, params: Params, purpose: "read" | "write"): string {
  const roles = purpose === "read" ? REPORT_READERS : REPORT_WRITERS;
  if (!hasAnyRole(actor, roles)) return "FALSE";
  return coversSubtreePredicate(actor, params, "a.org_id");
}
