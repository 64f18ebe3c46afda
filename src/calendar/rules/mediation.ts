// Deadlines for people's mediation: 人民调解法 (2010) and the 司法部 one-month rule, statutory-rules.md §7.
import { calendarDays, defineRule, months } from "./define.js";
import { mediationLaw2010, mediationWorkProvisions2002 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

export const mediationRules: readonly StatutoryRule[] = [
  defineRule({
    id: "mediation.judicialConfirmation",
    ref: "MED-33",
    title: "申请司法确认期限",
    law: mediationLaw2010,
    article: "第33条",
    period: calendarDays(30),
    startsOn: "调解协议生效之日",
    verification: "verified",
    note: "来自§7列表项；双方当事人共同向人民法院申请",
  }),
  defineRule({
    id: "mediation.timeLimit",
    ref: "MED-timeLimit",
    title: "人民调解办结期限",
    law: mediationWorkProvisions2002,
    article: "第33条",
    period: months(1),
    startsOn: "受理调解之日",
    verification: "unverified",
    note: "来自§7列表项；部门规章（司法部令第75号）而非法律，“一般在一个月内调结”，是否仍有效未核实；宁波等地方条例可延长；山西规定未核实；作为可配置的软目标",
  }),
];
