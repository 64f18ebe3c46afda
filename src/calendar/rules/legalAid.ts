// Statutory deadlines of 法律援助法 (2021) and the 司法部 procedure rules, statutory-rules.md §6.
import { defineRule, workingDays } from "./define.js";
import { legalAidCaseProcedureProvisions2023, legalAidLaw2021 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

// The law does not say whether 日 means working days; default WD, unverified so deployments can override.
/** 《办理法律援助案件程序规定》: working days and the materials pause (article numbers unverified). */
const procedureRules = { law: legalAidCaseProcedureProvisions2023, article: "条文待核实" } as const;

const dayTypeNote = "法律未明确“日”是否为工作日，默认按工作日，可配置";

export const legalAidRules: readonly StatutoryRule[] = [
  defineRule({
    id: "legalAid.mandatoryDefenceNotice",
    ref: "LA-1",
    title: "办案机关通知指派辩护期限",
    law: legalAidLaw2021,
    article: "第36条",
    period: workingDays(3),
    startsOn: "发现应当通知辩护情形之日",
    verification: "unverified",
    note: `公安、检察、法院通知法律援助机构；${dayTypeNote}`,
  }),
  defineRule({
    id: "legalAid.mandatoryDefenceDesignation",
    ref: "LA-2",
    title: "通知辩护指派律师期限",
    law: legalAidLaw2021,
    article: "第36条",
    period: workingDays(3),
    startsOn: "法律援助机构收到通知之日",
    verification: "unverified",
    note: dayTypeNote,
  }),
  defineRule({
    id: "legalAid.examination",
    ref: "LA-3",
    title: "法律援助申请审查期限",
    law: legalAidLaw2021,
    article: "第43条第1款",
    alsoCites: [procedureRules],
    period: workingDays(7),
    startsOn: "收到法律援助申请之日",
    // LA-6a: the time the applicant takes to supply materials does not count; switchable per deployment.
    pausedBy: ["materials"],
    pauseBasis: { materials: procedureRules },
    verification: "unverified",
    note: `期限数值已核实（LRB）；${dayTypeNote}；申请人补充材料、作出说明所需时间不计入审查期限（程序规定，LA-6a，可配置关闭）`,
  }),
  defineRule({
    id: "legalAid.designation",
    ref: "LA-4",
    title: "指派法律援助人员期限",
    law: legalAidLaw2021,
    article: "第43条第1款",
    period: workingDays(3),
    startsOn: "作出给予法律援助决定之日",
    verification: "unverified",
    note: `期限数值已核实（LRB）；${dayTypeNote}`,
  }),
  defineRule({
    id: "legalAid.provisionalAid",
    ref: "LA-7",
    title: "先行提供法律援助（临近期限届满）",
    law: legalAidLaw2021,
    article: "第44条",
    period: workingDays(7),
    direction: "before",
    startsOn: "法定时效或者期限届满之日",
    verification: "unverified",
    note: `条件而非办理期限：距期限届满不足7日的可先行提供法律援助，事后补交材料；${dayTypeNote}`,
  }),
  defineRule({
    id: "legalAid.objectionDecision",
    ref: "LA-8",
    title: "对不予援助、终止援助异议的审查期限",
    law: legalAidLaw2021,
    article: "第49条",
    period: workingDays(5),
    startsOn: "司法行政部门收到异议之日",
    verification: "unverified",
    note: dayTypeNote,
  }),
  defineRule({
    id: "legalAid.closingFiles",
    ref: "LA-closing",
    title: "法律援助结案材料提交期限",
    law: legalAidCaseProcedureProvisions2023,
    article: "条文待核实",
    period: workingDays(30),
    startsOn: "法律援助事项办结之日",
    verification: "unverified",
    note: `来自§6列表项；法律援助法第50条只要求“及时”报告，30日为程序规定及实务做法，条文号未核实；${dayTypeNote}`,
  }),
  defineRule({
    id: "legalAid.closingReview",
    ref: "LA-closingReview",
    title: "法律援助机构审查结案材料期限",
    law: legalAidCaseProcedureProvisions2023,
    article: "条文待核实",
    period: workingDays(30),
    startsOn: "收到结案材料之日",
    verification: "local",
    note: `来自§6列表项；源文件仅举例（怒江州服务事项），按地方配置；${dayTypeNote}`,
  }),
];
