// 坚持政治引领 (section 一 of the annual report): four record types.
//
// leaderDutyList — 党政主要负责人履行推进法治建设第一责任人职责清单, per organisation, head and
// year: drafted, issued (印发, final), revised through an explicit revision and issued again.
// Each organisation keeps its own (the rule-of-law office drafts the city's and the government's).
//
// meetingTopic — an 议题 at the 市委常委会会议, the 依法治市委员会会议/专题会议, the 市政府常务会议
// (or the 市长办公会议, kept but not counted). The submitting organisation owns it and may withdraw
// it; the rule-of-law office records what the meeting did with it (resolved, final; or deferred).
//
// studySession — a 理论学习中心组 session: of the city (市委中心组, 市政府党组) or of a department
// or township's own study group. One state: a held session is corrected by editing.
//
// dutyReport — 述法: the rule-of-law office creates one record per organisation and year that
// must report (the plan; also by spreadsheet import), the organisation submits its report, the
// office evaluates it or returns it for rework. The engine does not enforce one record per
// organisation and year; the coverage counts distinct organisations, so a plan row loaded twice
// does not skew it.
//
// No statutory clocks: the 2016 规定 (statutory-rules.md §12) sets duties, not periods.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { dutyListFields, meetingTopicFields } from "./fields.js";
import { studySessionFields } from "./study-fields.js";
import { dutyReportFields } from "./duty-report-fields.js";
import {
  dutyListWorkflow,
  dutyReportWorkflow,
  keepers,
  meetingTopicWorkflow,
  readers,
} from "./workflow.js";
import {
  dutyListIndicators,
  dutyListReport,
  dutyReportIndicators,
  dutyReportReport,
  meetingTopicIndicators,
  meetingTopicReport,
  studySessionIndicators,
  studySessionReport,
} from "./report.js";

export const leaderDutyList: RecordTypeDeclaration = {
  id: "leaderDutyList",
  label: "第一责任人职责清单",
  englishLabel: "Leader duty list",
  numbering: { prefix: "侯责清单", dateField: "draftedOn" },
  titleField: "title",
  fields: dutyListFields,
  workflow: dutyListWorkflow,
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["org"] },
  list: {
    columns: ["title", "org", "year", "headName", "headPost", "issuedOn"],
    filters: ["year", "org", "headRole", "issuedOn"],
    defaultSort: { field: "year", direction: "desc" },
  },
  indicators: dutyListIndicators,
  reportFragments: dutyListReport,
};

export const meetingTopic: RecordTypeDeclaration = {
  id: "meetingTopic",
  label: "会议议题",
  englishLabel: "Meeting topic",
  numbering: { prefix: "侯议题", dateField: "submittedOn" },
  titleField: "topic",
  fields: meetingTopicFields,
  workflow: meetingTopicWorkflow,
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["submittingOrg"] },
  list: {
    columns: [
      "topic",
      "meetingKind",
      "submittingOrg",
      "meetingDate",
      "sessionNumber",
      "isRuleOfLaw",
    ],
    filters: ["meetingKind", "submittingOrg", "isRuleOfLaw", "legalityReviewed", "meetingDate"],
    defaultSort: { field: "submittedOn", direction: "desc" },
  },
  indicators: meetingTopicIndicators,
  reportFragments: meetingTopicReport,
};

export const studySession: RecordTypeDeclaration = {
  id: "studySession",
  label: "理论学习中心组学习",
  englishLabel: "Study session",
  numbering: { prefix: "侯学", dateField: "sessionDate" },
  titleField: "theme",
  fields: studySessionFields,
  workflow: {
    initial: "held",
    states: [{ id: "held", label: "已开展", tone: "success" }],
    actions: [],
  },
  clocks: [],
  access: { read: readers, create: keepers, update: keepers, orgFields: ["org"] },
  list: {
    columns: ["sessionDate", "body", "theme", "isLawTopic", "speaker"],
    filters: ["body", "isLawTopic", "sessionDate", "org"],
    defaultSort: { field: "sessionDate", direction: "desc" },
  },
  indicators: studySessionIndicators,
  reportFragments: studySessionReport,
};

export const dutyReport: RecordTypeDeclaration = {
  id: "dutyReport",
  label: "述法",
  englishLabel: "Duty report",
  numbering: { prefix: "侯述法", dateField: "plannedOn" },
  titleField: "org",
  fields: dutyReportFields,
  workflow: dutyReportWorkflow,
  clocks: [],
  access: {
    read: readers,
    // The plan is the rule-of-law office's; organisations fill in and upload their own report.
    create: ["lawOffice"],
    update: keepers,
    orgFields: ["org"],
  },
  list: {
    columns: ["org", "year", "reporterName", "mode", "submittedOn", "score", "grade"],
    filters: ["year", "org", "mode", "grade"],
    defaultSort: { field: "year", direction: "desc" },
  },
  indicators: dutyReportIndicators,
  reportFragments: dutyReportReport,
};
