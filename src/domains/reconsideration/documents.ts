// Notices of the reconsideration procedure (行政复议法 2023), generated from the case: acceptance
// (第30条), correction (第31条), refusal (第30条第2款), the respondent's reply (第48条) and the
// decision (第75条). Wording follows the statute; {{field}} placeholders are the case's fields.
import type { DocumentTemplateDeclaration } from "../../kernel/documents.js";

const caseworkers = ["clerk", "reviewer", "lawOffice"] as const;

const parties = ["申请人：{{applicantName}}。", "被申请人：{{respondentOrg}}。"];

export const reconsiderationDocuments: readonly DocumentTemplateDeclaration[] = [
  {
    id: "acceptanceNotice",
    label: "受理通知书",
    title: "行政复议受理通知书",
    afterActions: ["accept", "deemAccepted"],
    roles: caseworkers,
    numberPrefix: "侯复受字",
    dateField: "acceptedDate",
    issuerField: "handlingOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      "你（单位）不服{{respondentOrg}}作出的行政行为（{{actDescription}}），于{{receivedDate}}向本机关提出行政复议申请。",
      "经审查，该申请符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件，本机关决定自{{acceptedDate}}起予以受理，案号为{{recordNumber}}，适用{{procedure}}审理。",
      "行政复议期间，你（单位）可以按照规定查阅、复制被申请人提出的书面答复、作出行政行为的证据、依据和其他有关材料。",
      "特此通知。",
    ],
  },
  {
    id: "correctionNotice",
    label: "补正通知书",
    title: "行政复议申请补正通知书",
    afterActions: ["requestCorrection"],
    roles: caseworkers,
    numberPrefix: "侯复补字",
    dateField: "correctionNoticeDate",
    issuerField: "handlingOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      "你（单位）于{{receivedDate}}提出的行政复议申请，材料不齐全或者表述不清楚，无法判断是否符合受理条件。根据《中华人民共和国行政复议法》第三十一条第一款的规定，请你（单位）补正以下事项：",
      "{{correctionItems}}",
      "请自收到本通知书之日起十日内提交补正材料。无正当理由逾期不补正的，视为放弃行政复议申请，并记录在案。",
      "特此通知。",
    ],
  },
  {
    id: "refusalDecision",
    label: "不予受理决定书",
    title: "行政复议不予受理决定书",
    afterActions: ["refuse"],
    roles: caseworkers,
    numberPrefix: "侯复不受字",
    dateField: "closedDate",
    issuerField: "handlingOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      ...parties,
      "申请人不服被申请人作出的行政行为（{{actDescription}}），于{{receivedDate}}向本机关提出行政复议申请。",
      "经审查，本机关认为：{{refusalReason}}",
      "该申请不符合《中华人民共和国行政复议法》第三十条第一款规定的受理条件。根据该法第三十条第二款的规定，本机关决定不予受理。",
      "申请人对本决定不服的，可以依法向人民法院提起行政诉讼。",
    ],
  },
  {
    id: "replyNotice",
    label: "答复通知书",
    title: "提出答复通知书",
    afterActions: ["requestReply"],
    roles: caseworkers,
    numberPrefix: "侯复答字",
    dateField: "replyRequestDate",
    issuerField: "handlingOrg",
    addressee: "{{respondentOrg}}",
    paragraphs: [
      "{{applicantName}}不服你单位作出的行政行为（{{actDescription}}），向本机关申请行政复议，本机关已于{{acceptedDate}}依法受理（案号{{recordNumber}}）。现将行政复议申请书副本（或者行政复议申请笔录复印件）发送你单位。",
      {
        text: "根据《中华人民共和国行政复议法》第四十八条的规定，请你单位自收到申请书副本或者申请笔录复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。",
        when: { field: "procedure", in: ["ordinary"] },
      },
      {
        // 第54条: in the simplified procedure the respondent answers within five days.
        text: "本案适用简易程序。根据《中华人民共和国行政复议法》第五十四条的规定，请你单位自收到申请书副本或者申请笔录复印件之日起五日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。",
        when: { field: "procedure", in: ["simplified"] },
      },
      "被申请人不按照规定提出书面答复、提交作出行政行为的证据、依据和其他有关材料的，视为该行政行为没有证据、依据，本机关将依法作出决定。",
      "特此通知。",
    ],
  },
  {
    id: "decision",
    label: "行政复议决定书",
    afterActions: ["approveDecision"],
    roles: [...caseworkers, "head"],
    numberPrefix: "侯复决字",
    dateField: "decisionDate",
    issuerField: "handlingOrg",
    addressee: "{{applicantName}}",
    paragraphs: [
      ...parties,
      "申请人不服被申请人作出的行政行为（{{actDescription}}），于{{receivedDate}}向本机关申请行政复议，本机关于{{acceptedDate}}依法受理，适用{{procedure}}审理。本案现已审理终结。",
      "本机关认为：{{decisionReasoning}}",
      "根据《中华人民共和国行政复议法》的有关规定，本机关决定：{{outcome}}。",
      "申请人对本决定不服的，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。",
    ],
  },
];
