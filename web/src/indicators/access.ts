// Who may open 法治督察 (indicators and annual reports): the rule-of-law office, leaders,
// auditors and heads of units — the readers of reports on the server. A system administrator
// keeps organisations and users and reads no figures (they would all be 无权查看).
import type { Me, Role } from "../api/types";

const SUPERVISION_ROLES: readonly Role[] = ["lawOffice", "leader", "auditor", "head"];

export const canSupervise = (me: Me): boolean =>
  me.roles.some((role) => SUPERVISION_ROLES.includes(role));

/**
 * Indicator keys (`legalAid.cases`) are the rule-of-law office's vocabulary for placeholders and
 * programs; everybody else reads only the Chinese label.
 */
export const canSeeIndicatorKeys = (me: Me): boolean => me.roles.includes("lawOffice");
