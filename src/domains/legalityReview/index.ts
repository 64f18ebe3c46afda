// 合法性审核: the justice bureau's review of a draft government document, a topic for the
// executive meeting, or a draft major decision, before it may go to collective discussion
// (国办发〔2018〕115号; 重大行政决策程序暂行条例 第25–28条).
//
// Owner: the reviewing justice bureau, which registers the materials it receives and gives the
// opinion; second org field: the unit that sent it, which follows the review (and asks the bureau to
// record a withdrawal). A review links to the record it reviewed when that is
// kept in fazhi (a normative document, a meeting topic, a major decision); their own procedure
// requires a concluded, passing review before collective discussion (their action checklists).
//
// The time limit: 15 working days for normative documents (configurable, unverified), a local rule
// for the rest; it waits while the materials are returned and runs on when they arrive.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { legalityReviewFields } from "./fields.js";
import { legalityReviewWorkflow } from "./workflow.js";
import { legalityReviewIndicators, legalityReviewReport } from "./report.js";

export const legalityReview: RecordTypeDeclaration = {
  id: "legalityReview",
  label: "合法性审核",
  englishLabel: "Legality review",
  numbering: { prefix: "侯合审", dateField: "receivedOn" },
  titleField: "subjectTitle",
  fields: legalityReviewFields,
  workflow: legalityReviewWorkflow,
  clocks: [
    {
      id: "review",
      label: "出具审核意见",
      rule: {
        among: ["normativeDocument.legalityReview", "legalityReview.general"],
        choose: (values) =>
          values.subjectKind === "document" && values.isNormative === true
            ? "normativeDocument.legalityReview"
            : "legalityReview.general",
      },
      startOn: ["create"],
      startField: "receivedOn",
      stopOn: ["conclude", "withdraw"],
      pauseOn: [{ action: "returnForMaterials", kind: "materials" }],
      resumeOn: ["receiveMaterials"],
    },
  ],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "clerk", "reviewer"],
    update: ["lawOffice", "clerk", "reviewer"],
    orgFields: ["reviewingOrg", "requestingOrg"],
  },
  list: {
    columns: [
      "subjectTitle",
      "subjectKind",
      "requestingOrg",
      "receivedOn",
      "conclusion",
      "concludedOn",
    ],
    filters: ["subjectKind", "conclusion", "requestingOrg", "receivedOn", "concludedOn"],
    defaultSort: { field: "receivedOn", direction: "desc" },
  },
  indicators: legalityReviewIndicators,
  reportFragments: legalityReviewReport,
};
