// Deadlines for "双随机、一公开" random inspections, statutory-rules.md §10.
import { defineRule, workingDays } from "./define.js";
import { randomInspectionOpinion2019 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

export const inspectionRules: readonly StatutoryRule[] = [
  defineRule({
    id: "inspection.resultPublication",
    ref: "RI-results",
    title: "抽查检查结果公示期限",
    law: randomInspectionOpinion2019,
    article: "条文待核实",
    period: workingDays(20),
    startsOn: "抽查检查结束之日",
    verification: "unverified",
    note: "来自§10列表项；通过国家企业信用信息公示系统公示；据总局领导讲话及冀政办发〔2015〕22号（二手），国发〔2019〕5号原文措辞未核实",
  }),
];
