// Figures and report paragraph of law publicity (houma-2023-figures.md, 五). The lecturer group is
// a stock (members at the period's end); activities and productions are flows.
import type { IndicatorDeclaration, ReportFragment } from "../../kernel/indicators.js";

export const lecturerIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "publicity.lecturers",
    label: "普法讲师团成员数",
    section: "disputes",
    unit: "名",
    measure: { kind: "count" },
    period: { mode: "asOf", field: "joinedDate", endField: "leftDate" },
  },
];

const held = { mode: "within", field: "activityDate" } as const;

export const activityIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "publicity.activities",
    label: "法治宣传活动次数",
    section: "disputes",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    format: { kind: "approx", step: 10 },
  },
  {
    key: "publicity.onlineTrainings",
    label: "“法律明白人”线上培训次数",
    section: "disputes",
    unit: "次",
    measure: { kind: "count" },
    period: held,
    where: [{ field: "kind", equals: "onlineTraining" }],
  },
];

export const productionIndicators: readonly IndicatorDeclaration[] = [
  {
    key: "publicity.videos",
    label: "法治微视频、普法公益广告制作数",
    section: "disputes",
    unit: "部",
    measure: { kind: "count" },
    period: { mode: "within", field: "producedDate" },
    where: [{ field: "kind", in: ["microVideo", "publicAd"] }],
  },
];

export const publicityReport: readonly ReportFragment[] = [
  {
    section: "disputes",
    order: 40,
    text: "深入开展普法与依法治理。组建由{{publicity.lecturers}}名专家学者、业务骨干为成员的普法讲师团，开展法治宣传活动{{publicity.activities}}次，组织村（社区）“法律明白人”线上培训{{publicity.onlineTrainings}}次，拍摄法治微视频、普法公益广告{{publicity.videos}}部。",
  },
];
