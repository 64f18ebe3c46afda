// 法律援助案件: the declaration the engine turns into table, API, screens, clocks and audit.
//
// Owner org: the legal aid centre (法律援助中心) that examines and designates; the justice bureau
// (司法局) is the second org field, so its staff read the cases they supervise but do not handle them.
//
// The examination clock pauses from the request for materials to their receipt (LA-6a, the
// procedure rules); a deployment may switch that pause off (statutoryRules."legalAid.examination"
// .pausedBy = []), and the clock then runs on while materials are awaited.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { legalAidFields } from "./fields.js";
import { legalAidAttachments } from "./attachments.js";
import { legalAidDocuments } from "./documents.js";
import { legalAidWorkflow } from "./workflow.js";
import { legalAidIndicators, legalAidReport } from "./report.js";

export const legalAid: RecordTypeDeclaration = {
  id: "legalAid",
  label: "法律援助案件",
  englishLabel: "Legal aid",
  numbering: { prefix: "侯法援", dateField: "receivedDate" },
  titleField: "applicantName",
  fields: [...legalAidFields, ...legalAidAttachments],
  workflow: legalAidWorkflow,
  clocks: [
    {
      id: "examination",
      label: "审查决定",
      rule: "legalAid.examination",
      startOn: ["create"],
      startField: "receivedDate",
      // Provisional aid (第44条) answers the application at once; the examination follows later.
      // A notice of defence is not examined: registering it stops this clock on the day of receipt.
      stopOn: ["grant", "refuse", "provideFirst", "acceptNotice", "treatAsWithdrawn"],
      pauseOn: [{ action: "requestMaterials", kind: "materials" }],
      resumeOn: ["receiveMaterials"],
    },
    {
      id: "designation",
      label: "指派承办人员",
      rule: "legalAid.designation",
      startOn: ["grant"],
      startField: "grantDate",
      stopOn: ["designate"],
    },
    {
      id: "noticeDesignation",
      label: "通知辩护指派律师",
      rule: "legalAid.mandatoryDefenceDesignation",
      startOn: ["acceptNotice"],
      startField: "receivedDate",
      stopOn: ["designate"],
    },
  ],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "clerk", "reviewer"],
    update: ["lawOffice", "clerk", "reviewer"],
    orgFields: ["aidOrg", "supervisingOrg"],
  },
  list: {
    columns: [
      "applicantName",
      "caseCategory",
      "matter",
      "source",
      "receivedDate",
      "assigneeName",
      "closingResult",
    ],
    filters: ["caseCategory", "matter", "source", "closingResult", "receivedDate"],
    defaultSort: { field: "receivedDate", direction: "desc" },
  },
  indicators: legalAidIndicators,
  reportFragments: legalAidReport,
  documents: legalAidDocuments,
};
