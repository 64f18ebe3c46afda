// 人民调解案件: the declaration the engine turns into table, API, screens, clocks and audit.
//
// Owner org: the 人民调解委员会 (a village or community, township or sector committee, org kind
// "committee"); the guiding 司法所 or 司法局 is the second org field, so its staff read the cases.
//
// The mediation period is the ministry rule mediation.timeLimit (《人民调解工作若干规定》第33条,
// “一般在一个月内调结”): not statute, configurable per deployment (config statutoryRules), so it is
// a soft target shown on the case, never a reason to refuse an action. The judicial confirmation
// window (mediation.judicialConfirmation, 人民调解法 第33条) is the parties' option: it runs from
// the day the agreement takes effect and stops when they apply, or when the case is closed
// without an application.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { mediationFields } from "./fields.js";
import { mediationAttachments } from "./attachments.js";
import { mediationWorkflow } from "./workflow.js";
import { mediationIndicators, mediationReport } from "./report.js";

export const mediation: RecordTypeDeclaration = {
  id: "mediation",
  label: "人民调解案件",
  englishLabel: "People's mediation",
  numbering: { prefix: "侯调", dateField: "acceptedDate" },
  titleField: "parties",
  fields: [...mediationFields, ...mediationAttachments],
  workflow: mediationWorkflow,
  clocks: [
    {
      id: "mediationPeriod",
      label: "调解期限",
      rule: "mediation.timeLimit",
      startOn: ["create"],
      startField: "acceptedDate",
      stopOn: ["reachAgreement", "fail"],
    },
    {
      id: "judicialConfirmation",
      label: "申请司法确认",
      rule: "mediation.judicialConfirmation",
      startOn: ["reachAgreement"],
      startField: "agreementDate",
      stopOn: ["applyConfirmation", "close"],
    },
  ],
  access: {
    read: ["lawOffice", "mediator", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "mediator", "clerk", "reviewer", "head"],
    update: ["lawOffice", "mediator", "clerk", "reviewer", "head"],
    orgFields: ["committee", "guidingOrg"],
  },
  list: {
    columns: ["parties", "disputeType", "committee", "source", "acceptedDate", "outcome"],
    filters: ["committee", "disputeType", "source", "outcome", "acceptedDate"],
    defaultSort: { field: "acceptedDate", direction: "desc" },
  },
  indicators: mediationIndicators,
  reportFragments: mediationReport,
};
