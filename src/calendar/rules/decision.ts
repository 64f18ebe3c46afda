// Deadlines of 重大行政决策程序暂行条例 (2019), statutory-rules.md §8. The minimums are "at least" periods.
import { calendarDays, defineRule, workingDays } from "./define.js";
import { majorDecisionRegulation2019 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

export const decisionRules: readonly StatutoryRule[] = [
  defineRule({
    id: "decision.publicComment",
    bound: "atLeast",
    ref: "DEC-15",
    title: "决策草案公开征求意见期限",
    law: majorDecisionRegulation2019,
    article: "第15条第1款",
    period: calendarDays(30),
    startsOn: "公布决策草案之日",
    verification: "verified",
    note: "来自§8列表项；最短期限：一般不少于30日，因情况紧急等原因缩短的应当说明",
  }),
  defineRule({
    id: "decision.hearingMaterials",
    ref: "DEC-16",
    title: "听证会材料送达期限",
    law: majorDecisionRegulation2019,
    article: "第16条第3款",
    period: calendarDays(7),
    direction: "before",
    startsOn: "召开听证会之日",
    verification: "verified",
    note: "来自§8列表项；听证会材料应当于召开听证会7日前送达听证参加人",
  }),
  defineRule({
    id: "decision.legalityReview",
    bound: "atLeast",
    ref: "DEC-26",
    title: "合法性审查时间",
    law: majorDecisionRegulation2019,
    article: "第26条第2款",
    period: workingDays(7),
    startsOn: "送请合法性审查之日",
    verification: "verified",
    note: "来自§8列表项；最短期限：应当保证必要的审查时间，一般不少于7个工作日",
  }),
];
