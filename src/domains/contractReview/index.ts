// 合同审查: a contract the city government or one of its departments intends to sign, reviewed by
// the justice bureau before signing (the 2023 report, 三: 审查市政府及各职能部门拟签订的合同40份).
//
// Owner org: the reviewing body (the justice bureau), second org field: the requesting body. The
// engine lets only the owner's staff write (src/engine/access.ts), and it is the bureau that
// registers the contract, returns it for materials and concludes; the requesting department reads
// its own contracts through the second field. Its withdrawal reaches the bureau by letter or OA,
// and the bureau records it (withdraw).
//
// The review period contractReview.review is local practice (no national statute), configurable
// per deployment; it pauses while the requester supplies materials.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { contractReviewFields, reviewers } from "./fields.js";
import { contractReviewIndicators, contractReviewReport } from "./report.js";
import { contractReviewWorkflow } from "./workflow.js";

export const contractReview: RecordTypeDeclaration = {
  id: "contractReview",
  label: "合同审查",
  englishLabel: "Contract review",
  numbering: { prefix: "侯合审", dateField: "receivedDate" },
  titleField: "contractTitle",
  fields: contractReviewFields,
  workflow: contractReviewWorkflow,
  clocks: [
    {
      id: "review",
      label: "合同审查",
      rule: "contractReview.review",
      startOn: ["create"],
      startField: "receivedDate",
      stopOn: ["conclude", "withdraw"],
      pauseOn: [{ action: "requestMaterials", kind: "materials" }],
      resumeOn: ["receiveMaterials"],
    },
  ],
  access: {
    read: [...reviewers, "leader", "auditor"],
    create: reviewers,
    update: reviewers,
    orgFields: ["reviewingOrg", "requestingOrg"],
  },
  list: {
    columns: [
      "contractTitle",
      "contractKind",
      "requestingOrg",
      "counterpartyName",
      "amount",
      "receivedDate",
      "conclusion",
    ],
    filters: ["contractKind", "requestingOrg", "conclusion", "receivedDate", "reviewedDate"],
    defaultSort: { field: "receivedDate", direction: "desc" },
  },
  indicators: contractReviewIndicators,
  reportFragments: contractReviewReport,
};
