// Who sees 法治考核: the rule-of-law office (edits and scores), leaders and auditors (read every
// scorecard), and the staff of assessed units (their own scorecard, and objections to it). The
// server decides per scheme and organisation; this only decides whether the menu entry shows.
import type { Me, Role } from "../api/types";

const ASSESSMENT_ROLES: readonly Role[] = ["lawOffice", "leader", "auditor", "head", "clerk"];

export const canSeeAssessment = (me: Me): boolean =>
  me.roles.some((role) => ASSESSMENT_ROLES.includes(role));

export const canEditSchemes = (me: Me): boolean => me.roles.includes("lawOffice");
