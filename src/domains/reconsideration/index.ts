// 行政复议案件: the declaration the engine turns into table, API, screens, clocks and audit.
import type { RecordTypeDeclaration, RecordValues } from "../../kernel/declaration.js";
import { reconsiderationFields } from "./fields.js";
import { reconsiderationAttachments } from "./attachments.js";
import { reconsiderationDocuments } from "./documents.js";
import { reconsiderationWorkflow } from "./workflow.js";
import { reconsiderationIndicators, reconsiderationReport } from "./report.js";
import { reconsiderationPublication, reconsiderationPublicationClock } from "./publication.js";
import { revocationFields } from "./revocation.js";

const isSimplified = (values: RecordValues): boolean => values.procedure === "simplified";

export const reconsideration: RecordTypeDeclaration = {
  id: "reconsideration",
  label: "行政复议案件",
  englishLabel: "Administrative reconsideration",
  numbering: { prefix: "侯复", dateField: "receivedDate" },
  titleField: "applicantName",
  fields: [...reconsiderationFields, ...revocationFields, ...reconsiderationAttachments],
  workflow: reconsiderationWorkflow,
  clocks: [
    {
      id: "acceptanceReview",
      label: "受理审查",
      rule: "reconsideration.acceptanceReview",
      startOn: ["create"],
      startField: "receivedDate",
      stopOn: ["accept", "deemAccepted", "refuse", "treatAsWithdrawn"],
      // 第31条第3款: after the correction the review period starts again (RC-9a), not a pause.
      restartOn: {
        action: "submitCorrection",
        waitFrom: { action: "requestCorrection", kind: "correction" },
      },
      onLapse: { action: "deemAccepted", dateField: "acceptedDate" },
    },
    {
      id: "correctionSubmission",
      label: "申请人补正",
      rule: "reconsideration.correctionSubmission",
      startOn: ["requestCorrection"],
      startField: "correctionNoticeDate",
      stopOn: ["submitCorrection", "treatAsWithdrawn"],
    },
    {
      id: "respondentReply",
      label: "被申请人答复",
      rule: {
        among: ["reconsideration.respondentReply", "reconsideration.simplifiedRespondentReply"],
        choose: (values) =>
          isSimplified(values)
            ? "reconsideration.simplifiedRespondentReply"
            : "reconsideration.respondentReply",
      },
      startOn: ["requestReply"],
      startField: "replyRequestDate",
      stopOn: ["recordReply", "terminate", "mediate", "settle"],
    },
    {
      id: "decision",
      label: "复议决定",
      rule: {
        among: ["reconsideration.decision", "reconsideration.simplifiedDecision"],
        choose: (values) =>
          isSimplified(values) ? "reconsideration.simplifiedDecision" : "reconsideration.decision",
      },
      startOn: ["accept", "deemAccepted"],
      startField: "acceptedDate",
      stopOn: ["approveDecision", "terminate", "mediate", "settle"],
      pauseOn: [{ action: "suspend", kind: "suspension" }],
      resumeOn: ["resume"],
      extendOn: { action: "extend", daysField: "extensionDays" },
    },
    reconsiderationPublicationClock,
  ],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "clerk", "reviewer"],
    update: ["lawOffice", "clerk", "reviewer"],
    orgFields: ["handlingOrg", "respondentOrg"],
  },
  list: {
    columns: [
      "applicantName",
      "respondentOrg",
      "actCategory",
      "receivedDate",
      "procedure",
      "outcome",
    ],
    filters: ["actCategory", "procedure", "outcome", "respondentOrg", "receivedDate"],
    defaultSort: { field: "receivedDate", direction: "desc" },
  },
  indicators: reconsiderationIndicators,
  reportFragments: reconsiderationReport,
  documents: reconsiderationDocuments,
  publication: reconsiderationPublication,
};
