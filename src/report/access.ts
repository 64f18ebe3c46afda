// Who may read and write annual reports: the rule-of-law office writes and publishes; leaders,
// auditors and heads read. Either way only for organisations within the user's scope — the same
// org-scope predicate records use.
import { orgInScopePredicate } from "../engine/access.js";
import { hasAnyRole, type Actor } from "../engine/actor.js";
import type { Params } from "../engine/params.js";
import type { Role } from "../kernel/roles.js";

export const REPORT_READERS: readonly Role[] = ["lawOffice", "leader", "auditor", "head"];
export const REPORT_WRITERS: readonly Role[] = ["lawOffice"];

/** SQL predicate over the annual_report row aliased `a`. */
export function reportAccessSql(actor: Actor, params: Params, purpose: "read" | "write"): string {
  const roles = purpose === "read" ? REPORT_READERS : REPORT_WRITERS;
  if (!hasAnyRole(actor, roles)) return "FALSE";
  return orgInScopePredicate(actor, params, "a.org_id");
}
