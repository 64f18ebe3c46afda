// The full statute table, in the section order of statutory-rules.md (§1–10).
import { decisionRules } from "./decision.js";
import { disclosureRules } from "./disclosure.js";
import { inspectionRules } from "./inspection.js";
import { legalAidRules } from "./legalAid.js";
import { licensingRules } from "./licensing.js";
import { litigationRules } from "./litigation.js";
import { mediationRules } from "./mediation.js";
import { normativeDocumentRules } from "./normativeDocument.js";
import { coercionRules } from "./coercion.js";
import { contractRules } from "./contract.js";
import { enforcementPublicityRules } from "./enforcementPublicity.js";
import { marketRegulationRules } from "./marketRegulation.js";
import { penaltyRules } from "./penalty.js";
import { reconsiderationRules } from "./reconsideration.js";
import type { StatutoryRule } from "./types.js";

export const statutoryRules: readonly StatutoryRule[] = [
  ...reconsiderationRules,
  ...litigationRules,
  ...penaltyRules,
  ...enforcementPublicityRules,
  ...marketRegulationRules,
  ...coercionRules,
  ...licensingRules,
  ...disclosureRules,
  ...legalAidRules,
  ...mediationRules,
  ...decisionRules,
  ...normativeDocumentRules,
  ...inspectionRules,
  ...contractRules,
];
