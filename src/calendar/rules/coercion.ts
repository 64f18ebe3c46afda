// Statutory deadlines of 行政强制法 (2011), statutory-rules.md §3c.
import { calendarDays, defineRule, months, workingDays } from "./define.js";
import { coercionLaw2011 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

// 行政强制法: periods of 10 days or less are working days (第69条).
export const coercionRules: readonly StatutoryRule[] = [
  defineRule({
    id: "coercion.sealingOrSeizure",
    ref: "AC-25",
    title: "查封、扣押期限",
    law: coercionLaw2011,
    article: "第25条",
    period: calendarDays(30),
    startsOn: "实施查封、扣押之日",
    pausedBy: ["expertReview"],
    extension: {
      period: calendarDays(30),
      approvedBy: "行政机关负责人",
      article: "第25条第1款",
    },
    verification: "verified",
    note: "来自§3c列表项；检测、检验、检疫、技术鉴定期间不计入（第25条第3款，据原文核对）；法律、行政法规另有规定的除外",
  }),
  defineRule({
    id: "coercion.courtEnforcementApplication",
    ref: "AL-14",
    title: "申请人民法院强制执行期限（非诉执行）",
    law: coercionLaw2011,
    article: "第53条",
    period: months(3),
    startsOn: "当事人申请复议或者提起诉讼的法定期限届满之日",
    verification: "verified",
    note: "§2表格行AL-14，亦见法释〔2018〕1号第156条；没有行政强制执行权的行政机关适用",
  }),
  defineRule({
    id: "coercion.enforcementNotice",
    ref: "AL-15",
    title: "申请法院强制执行前催告期",
    law: coercionLaw2011,
    article: "第54条",
    period: workingDays(10),
    startsOn: "催告书送达之日",
    verification: "verified",
    note: "§2表格行AL-15；催告书送达10日后当事人仍未履行的，方可申请强制执行",
  }),
  defineRule({
    id: "coercion.courtEnforcementRuling",
    ref: "AC-57",
    title: "法院作出执行裁定期限",
    law: coercionLaw2011,
    article: "第57条",
    period: workingDays(7),
    startsOn: "人民法院受理强制执行申请之日",
    verification: "verified",
    note: "来自§3c列表项；有第58条情形的，30日内裁定",
  }),
];
