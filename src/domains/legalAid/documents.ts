// Notices of the legal aid procedure (法律援助法 2021): the decision to grant or refuse aid
// (第43条第1款, refusal in writing with reasons) and the designation of the aid provider.
import type { DocumentTemplateDeclaration } from "../../kernel/documents.js";

const deciders = ["reviewer", "head", "lawOffice"] as const;
const caseworkers = ["clerk", "reviewer", "lawOffice"] as const;

export const legalAidDocuments: readonly DocumentTemplateDeclaration[] = [
  {
    id: "grantDecision",
    label: "给予法律援助决定书",
    afterActions: ["grant"],
    roles: deciders,
    numberPrefix: "侯法援给字",
    dateField: "grantDate",
    issuerField: "aidOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      "你于{{receivedDate}}向本机构申请法律援助，援助事项为{{matter}}（{{caseCategory}}）。",
      "经审查，你的申请符合《中华人民共和国法律援助法》规定的法律援助条件。根据该法第四十三条第一款的规定，本机构决定给予法律援助，并将自本决定作出之日起三日内指派法律援助人员为你提供法律援助。",
      "受援人应当如实陈述与法律援助事项有关的情况，及时提供有关证据材料，协助、配合办理法律援助事项。",
      "特此决定。",
    ],
  },
  {
    id: "refusalDecision",
    label: "不予法律援助决定书",
    afterActions: ["refuse"],
    roles: deciders,
    numberPrefix: "侯法援不字",
    dateField: "refusalDate",
    issuerField: "aidOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      "你于{{receivedDate}}向本机构申请法律援助，援助事项为{{matter}}（{{caseCategory}}）。",
      "经审查，{{refusalReason}}",
      "根据《中华人民共和国法律援助法》第四十三条第一款的规定，本机构决定不予法律援助。",
      "你对本决定有异议的，可以向设立本机构的司法行政部门提出。",
    ],
  },
  {
    id: "designationNotice",
    label: "法律援助指派通知书",
    afterActions: ["designate", "provideFirst"],
    roles: caseworkers,
    numberPrefix: "侯法援指字",
    dateField: "designatedDate",
    issuerField: "aidOrg",
    addressee: "{{assigneeFirm}}",
    paragraphs: [
      "根据《中华人民共和国法律援助法》的规定，本机构决定指派{{assigneeName}}（{{assigneeKind}}）承办受援人{{applicantName}}的法律援助事项（{{matter}}，案号{{recordNumber}}）。",
      "案情摘要：{{caseSummary}}",
      "请依法及时开展工作，维护受援人的合法权益，不得向受援人收取任何财物，办结后按照规定提交结案材料。",
      "特此通知。",
    ],
  },
];
