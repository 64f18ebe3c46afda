// Publicity deadlines of the "three systems" opinion (国办发〔2018〕118号), statutory-rules.md §3a.
import { defineRule, workingDays } from "./define.js";
import { threeSystemsOpinion2018 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

export const enforcementPublicityRules: readonly StatutoryRule[] = [
  defineRule({
    id: "enforcementPublicity.general",
    ref: "EP-general",
    title: "行政执法结果公示期限",
    law: threeSystemsOpinion2018,
    article: "条文待核实",
    period: workingDays(20),
    startsOn: "作出执法决定之日",
    verification: "unverified",
    note: "来自§3a列表项；§15列为二手核实（国新办发布会报道），条文号未知故标未核实；执法机关、对象、类别、结论",
  }),
  defineRule({
    id: "enforcementPublicity.licensingAndPenalty",
    ref: "EP-licensingPenalty",
    title: "行政许可、行政处罚决定公示期限（双公示）",
    law: threeSystemsOpinion2018,
    article: "条文待核实",
    period: workingDays(7),
    startsOn: "作出行政许可或者行政处罚决定之日",
    verification: "unverified",
    note: "来自§3a列表项；§15列为二手核实，条文号未知故标未核实；市场监管处罚另见 penalty.samrPublication（20个工作日），由各机关配置适用哪一条",
  }),
];
