// The time limit of contract review (合同审查) by the justice bureau: local practice, not statute.
import { defineRule, workingDays } from "./define.js";
import type { LawRef, StatutoryRule } from "./types.js";

/**
 * No law or State Council text fixes how long a justice bureau takes to review a contract the
 * government intends to sign; provinces and cities set it in their own rules on 党政机关合同
 * 管理 or 政府法律顾问工作, so the deployment names its own.
 */
export const localContractReviewRules: LawRef = {
  title: "地方政府合同合法性审查工作规定",
  kind: "localRule",
  version: "按部署地区配置",
  effective: null,
};

const local = { law: localContractReviewRules, article: "按部署地区配置" } as const;

export const contractRules: readonly StatutoryRule[] = [
  defineRule({
    id: "contractReview.review",
    ref: "CR-review",
    title: "合同审查期限",
    law: localContractReviewRules,
    article: "按部署地区配置",
    period: workingDays(7),
    startsOn: "收到送审合同及相关材料之日",
    pausedBy: ["materials"],
    pauseBasis: { materials: local },
    verification: "local",
    note: "无全国统一规定；7个工作日为地方实践中常见的审查期限（各地另有5个、10个工作日等），按部署地区配置；送审单位补充材料期间不计入审查期限",
  }),
];
