// The published text of a normative document on the portal (政府信息公开 › 行政规范性文件; 国办发
// 〔2018〕37号: unpublished documents may not be used as a basis for administration). The list shows
// each document's status; an amendment, repeal or expiry brings the published item up to date, so
// the public sees 已废止 / 已失效 on the text it reads.
import { publicationClock, type PublicationDeclaration } from "../../kernel/publication.js";
import { normativeDocumentWorkflow } from "./workflow.js";

export const normativeDocumentPublication: PublicationDeclaration = {
  column: { section: "政府信息公开", label: "行政规范性文件" },
  // 政府信息公开条例 第26条: within 20 working days of the document being made.
  rule: "disclosure.proactive",
  startOn: "issue",
  publicFields: [
    "title",
    "registrationNumber",
    "issuingNumber",
    "issuingBody",
    "publishedOn",
    "effectiveOn",
    "status",
    "summary",
    "amendedOn",
    "amendmentNumber",
    "amendmentSummary",
    "repealedOn",
    "repealNumber",
    "expiredOn",
  ],
  title: "{{title}}",
  publishableIn: ["effective", "amended", "repealed", "expired"],
  roles: ["clerk", "reviewer", "head", "lawOffice"],
  refreshedOn: ["amend", "repeal", "expire"],
  listFields: ["registrationNumber", "status"],
  // The register cites the 三统一 number and the 文号, not fazhi's internal record number.
  numberLabel: null,
};

export const normativeDocumentPublicationClock = publicationClock(
  normativeDocumentPublication,
  normativeDocumentWorkflow,
);
