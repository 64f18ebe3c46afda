// Statutory deadlines of 政府信息公开条例 (2019), statutory-rules.md §5. The regulation states 工作日 in each article.
import { defineRule, workingDays } from "./define.js";
import { disclosureRegulation2019 } from "./laws.js";
import type { StatutoryRule } from "./types.js";

// GI-10 and GI-11 (annual reports by 31 January / 31 March) are fixed dates, not periods.
export const disclosureRules: readonly StatutoryRule[] = [
  defineRule({
    id: "disclosure.proactive",
    ref: "GI-1",
    title: "主动公开期限",
    law: disclosureRegulation2019,
    article: "第26条",
    period: workingDays(20),
    startsOn: "政府信息形成或者变更之日",
    verification: "verified",
    note: "法律、法规另有规定的从其规定",
  }),
  defineRule({
    id: "disclosure.correctionNotice",
    ref: "GI-2",
    title: "一次性告知补正期限",
    law: disclosureRegulation2019,
    article: "第30条",
    period: workingDays(7),
    startsOn: "收到政府信息公开申请之日",
    verification: "verified",
    note: "答复期限自收到补正后的申请之日起计算；无正当理由逾期不补正的视为放弃申请",
  }),
  defineRule({
    id: "disclosure.thirdPartyOpinion",
    ref: "GI-4",
    title: "第三方答复征求意见期限",
    law: disclosureRegulation2019,
    article: "第32条",
    period: workingDays(15),
    startsOn: "第三方收到征求意见书之日",
    verification: "verified",
    note: "逾期未提出意见的，由行政机关依照条例规定决定是否公开",
  }),
  defineRule({
    id: "disclosure.reply",
    ref: "GI-5",
    title: "依申请公开答复期限",
    law: disclosureRegulation2019,
    article: "第33条第2款",
    period: workingDays(20),
    startsOn: "收到政府信息公开申请之日",
    pausedBy: ["consultation"],
    restartsOn: { event: "收到补正后的申请之日", article: "第30条" },
    extension: {
      period: workingDays(20),
      approvedBy: "政府信息公开工作机构负责人",
      article: "第33条第2款",
    },
    verification: "verified",
    note: "能当场答复的当场答复；延长须告知申请人（GI-6）；征求第三方或其他机关意见的时间不计入（第33条第3款，GI-7）",
  }),
  defineRule({
    id: "disclosure.jointInformationOpinion",
    ref: "GI-8",
    title: "共同制作信息的被征求意见机关答复期限",
    law: disclosureRegulation2019,
    article: "第34条",
    period: workingDays(15),
    startsOn: "收到征求意见之日",
    verification: "verified",
    note: "逾期未提出意见的视为同意公开",
  }),
];
