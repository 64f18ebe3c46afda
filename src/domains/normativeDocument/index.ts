// 行政规范性文件: a normative document from its draft to its repeal or expiry, under 国办发〔2018〕37号
// (制定和监督管理), 国办发〔2018〕115号 (合法性审核) and the province's rules (statutory-rules.md §9).
//
// Owner: the drafting unit; second org field: the justice bureau, which reviews the drafts, keeps
// the filing and organises the cleanups, and so sees every document. Collective discussion is
// refused until the public comment has run its period and a legality review linked to the
// document concluded that it may go forward (the action's checklist). Registration gives the
// 三统一 number (侯规〔2023〕3号). Clocks: filing with the level above within 30 days of
// publication (local, configurable), and the validity period (5 years, 2 for 暂行/试行; local,
// configurable) whose lapse the system records as 已失效.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { normativeDocumentFields } from "./fields.js";
import { normativeDocumentWorkflow } from "./workflow.js";
import { normativeDocumentPublication, normativeDocumentPublicationClock } from "./publication.js";
import { normativeDocumentIndicators, normativeDocumentReport } from "./report.js";

export const normativeDocument: RecordTypeDeclaration = {
  id: "normativeDocument",
  label: "行政规范性文件",
  englishLabel: "Normative document",
  numbering: { prefix: "侯规制", dateField: "draftedOn" },
  titleField: "title",
  fields: normativeDocumentFields,
  workflow: normativeDocumentWorkflow,
  clocks: [
    {
      id: "filing",
      label: "报送备案",
      rule: "normativeDocument.filing",
      startOn: ["issue"],
      startField: "publishedOn",
      stopOn: ["file"],
    },
    {
      id: "validity",
      label: "有效期",
      rule: {
        among: ["normativeDocument.validity", "normativeDocument.validityInterim"],
        choose: (values) =>
          values.isInterim === true
            ? "normativeDocument.validityInterim"
            : "normativeDocument.validity",
      },
      startOn: ["issue"],
      startField: "effectiveOn",
      stopOn: ["repeal", "expire"],
      onLapse: { action: "expire", dateField: "expiredOn" },
    },
    normativeDocumentPublicationClock,
  ],
  access: {
    read: ["lawOffice", "clerk", "reviewer", "head", "leader", "auditor"],
    create: ["lawOffice", "clerk", "reviewer"],
    update: ["lawOffice", "clerk", "reviewer"],
    orgFields: ["draftingOrg", "supervisingOrg"],
  },
  list: {
    columns: [
      "title",
      "registrationNumber",
      "issuingNumber",
      "draftingOrg",
      "issuingBody",
      "publishedOn",
      "status",
    ],
    filters: ["issuingBody", "status", "draftingOrg", "isBusinessRelated", "publishedOn"],
    defaultSort: { field: "draftedOn", direction: "desc" },
  },
  indicators: normativeDocumentIndicators,
  reportFragments: normativeDocumentReport,
  publication: normativeDocumentPublication,
};
