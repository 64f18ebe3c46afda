// Figures and report paragraphs of section (一) of the annual report (houma-2023-figures.md):
// major rule-of-law issues resolved at the three meetings, the study sessions of the 市委理论学习
// 中心组 and the 市政府党组, the duty lists issued, and the coverage of 述法.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";
import { MAJOR_ISSUE_MEETINGS } from "./fields.js";

export const dutyListIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "duty.dutyListsIssued",
    label: "印发第一责任人职责清单数",
    section: "leadership",
    unit: "份",
    measure: { kind: "count" },
    // The year of the list, not the day it was issued: a 2024 list issued in late 2023 is 2024's.
    period: { mode: "year", field: "year" },
    where: [{ field: "state", in: ["issued", "revising"] }],
  },
];

export const meetingTopicIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "leadership.majorIssuesResolved",
    label: "研究解决法治建设重大问题个数",
    section: "leadership",
    unit: "个",
    measure: { kind: "count" },
    period: { mode: "within", field: "meetingDate" },
    where: [
      { field: "state", equals: "resolved" },
      { field: "isRuleOfLaw", equals: true },
      { field: "meetingKind", in: MAJOR_ISSUE_MEETINGS },
    ],
  },
];

const held = { mode: "within", field: "sessionDate" } as const;
const lawTopic = { field: "isLawTopic", equals: true } as const;
const partyCommittee = { field: "body", equals: "partyCommittee" } as const;
const government = { field: "body", equals: "governmentPartyGroup" } as const;

export const studySessionIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "study.partyCommitteeSessions",
    label: "市委理论学习中心组集中学习次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    where: [partyCommittee],
  },
  {
    key: "study.partyCommitteeLawSessions",
    label: "市委理论学习中心组法治专题学习次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    where: [partyCommittee, lawTopic],
  },
  {
    key: "study.governmentSessions",
    label: "市政府党组集中学习次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    where: [government],
  },
  {
    key: "study.governmentLawSessions",
    label: "市政府党组法治专题学习次数",
    section: "leadership",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    where: [government, lawTopic],
  },
];

const reportYear = { mode: "year", field: "year" } as const;

export const dutyReportIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "duty.lawDutyReportsRequired",
    label: "应述法单位数",
    section: "leadership",
    unit: "个",
    // Organisations, not records: a plan row loaded twice does not make an organisation count twice.
    measure: { kind: "distinct", field: "org" },
    period: reportYear,
    // An organisation taken off the plan (merged, abolished) is not required to report.
    where: [{ field: "state", in: ["required", "submitted", "returned", "evaluated"] }],
    isAuxiliary: true,
  },
  {
    key: "duty.lawDutyReportsEvaluated",
    label: "已报送述法报告并完成测评单位数",
    section: "leadership",
    unit: "个",
    measure: { kind: "distinct", field: "org" },
    period: reportYear,
    where: [{ field: "state", equals: "evaluated" }],
    isAuxiliary: true,
  },
  {
    key: "duty.lawDutyReportCoverage",
    label: "述法报告、述法测评覆盖率",
    section: "leadership",
    unit: "",
    measure: {
      kind: "ratio",
      numerator: "duty.lawDutyReportsEvaluated",
      denominator: "duty.lawDutyReportsRequired",
    },
    format: { kind: "percent", decimals: 1 },
  },
];

/**
 * The reference report gives the leaders' instructions (批示, leadership.instructions, declared by
 * the instruction record type) and the issues resolved in one sentence, so this paragraph cites
 * both; until instructions are recorded the report lists that figure as missing. The instruction
 * type should not offer a second paragraph citing it.
 */
export const meetingTopicReport: readonly ReportFragment[] = [
  {
    section: "leadership",
    order: 10,
    text: "强化政治引领。党政主要负责人切实履行推进法治建设第一责任人职责，对法治建设重要工作亲自研究部署，重大问题亲自解决，重要方案亲自审定，重要任务亲自督办，先后作出批示{{leadership.instructions}}次，市委常委会会议、依法治市专题会议、市政府常务会议先后研究解决法治建设重大问题{{leadership.majorIssuesResolved}}个。",
  },
];

export const studySessionReport: readonly ReportFragment[] = [
  {
    section: "leadership",
    order: 20,
    text: "深化政治理论学习。将学习习近平法治思想纳入党委（党组）理论学习中心组重点内容，市委理论学习中心组开展集中学习{{study.partyCommitteeSessions}}次，其中法治专题学习{{study.partyCommitteeLawSessions}}次，市政府党组集中学习{{study.governmentSessions}}次，其中法治专题学习{{study.governmentLawSessions}}次，推动学习宣传习近平法治思想常态化。",
  },
];

export const dutyListReport: readonly ReportFragment[] = [
  {
    section: "leadership",
    order: 30,
    text: "压实法治建设责任。制定印发党政主要负责人履行推进法治建设第一责任人职责年度工作清单，各级各部门共印发第一责任人职责清单{{duty.dutyListsIssued}}份。",
  },
];

export const dutyReportReport: readonly ReportFragment[] = [
  {
    section: "leadership",
    order: 35,
    text: "深入开展年终述法，述法报告、述法测评覆盖率达{{duty.lawDutyReportCoverage}}。",
  },
];
