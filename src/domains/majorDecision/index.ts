// 重大行政决策 (重大行政决策程序暂行条例, 2019; statutory-rules.md §8): two record types.
//
// decisionCatalog (catalog.ts) — the year's catalog of decision items, agreed by the Party
// committee, published and adjusted.
//
// majorDecision — one decision through its procedure. Owner: the lead unit (承办单位), which
// records each step; second org field: the government office or justice bureau following it.
// Collective discussion is refused while a step the regulation requires is missing (the decide
// action's checklist): 30 days of public comment, expert argument for a specialised matter, risk
// assessment where stability is at stake, fair-competition review where markets are, a hearing
// where one is required, and a concluded legality review (a legalityReview record linking here)
// that let the draft go on.
//
// No statutory clocks: the regulation's periods are minimums (comment, hearing materials, review
// time), checked when the step that closes them is taken.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { majorDecisionFields } from "./fields.js";
import { majorDecisionWorkflow } from "./workflow.js";
import { majorDecisionIndicators, majorDecisionReport } from "./report.js";

export { decisionCatalog } from "./catalog.js";

export const majorDecision: RecordTypeDeclaration = {
  id: "majorDecision",
  label: "重大行政决策",
  englishLabel: "Major decision",
  numbering: { prefix: "侯重决", dateField: "launchedOn" },
  titleField: "title",
  fields: majorDecisionFields,
  workflow: majorDecisionWorkflow,
  clocks: [],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["clerk", "head", "lawOffice"],
    update: ["clerk", "head", "lawOffice"],
    orgFields: ["leadOrg", "overseeingOrg"],
  },
  list: {
    columns: ["title", "catalogYear", "leadOrg", "category", "commentEndedOn", "decidedOn"],
    filters: [
      "catalogYear",
      "category",
      "leadOrg",
      "decidedOn",
      "isSpecialised",
      "affectsStability",
    ],
    defaultSort: { field: "launchedOn", direction: "desc" },
  },
  indicators: majorDecisionIndicators,
  reportFragments: majorDecisionReport,
};
