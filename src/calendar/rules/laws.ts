// The laws and documents cited by the statute table (statutory-rules.md §1–10).
import type { LawRef } from "./types.js";

export const reconsiderationLaw2023: LawRef = {
  title: "中华人民共和国行政复议法",
  kind: "law",
  version: "2023年修订",
  effective: "2024-01-01",
};

export const litigationLaw2017: LawRef = {
  title: "中华人民共和国行政诉讼法",
  kind: "law",
  version: "2017年修正",
  effective: "2017-07-01",
};

export const litigationInterpretation2018: LawRef = {
  title: "最高人民法院关于适用《中华人民共和国行政诉讼法》的解释",
  kind: "judicialInterpretation",
  version: "法释〔2018〕1号",
  effective: "2018-02-08",
};

export const leaderAppearanceProvisions2020: LawRef = {
  title: "最高人民法院关于行政机关负责人出庭应诉若干问题的规定",
  kind: "judicialInterpretation",
  version: "法释〔2020〕3号",
  effective: "2020-07-01",
};

export const penaltyLaw2021: LawRef = {
  title: "中华人民共和国行政处罚法",
  kind: "law",
  version: "2021年修订",
  effective: "2021-07-15",
};

export const threeSystemsOpinion2018: LawRef = {
  title:
    "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
  kind: "stateCouncilDocument",
  version: "国办发〔2018〕118号",
  effective: null,
};

export const samrPenaltyProcedureProvisions: LawRef = {
  title: "市场监督管理行政处罚程序规定",
  kind: "ministryRule",
  version: "国家市场监督管理总局令第2号（2021年、2022年修正）",
  effective: null,
};

export const samrPenaltyPublicationProvisions2021: LawRef = {
  title: "市场监督管理行政处罚信息公示规定",
  kind: "ministryRule",
  version: "国家市场监督管理总局令第45号",
  effective: "2021-09-01",
};

export const coercionLaw2011: LawRef = {
  title: "中华人民共和国行政强制法",
  kind: "law",
  version: "2011年",
  effective: "2012-01-01",
};

export const licensingLaw2019: LawRef = {
  title: "中华人民共和国行政许可法",
  kind: "law",
  version: "2019年修正",
  effective: null,
};

export const disclosureRegulation2019: LawRef = {
  title: "中华人民共和国政府信息公开条例",
  kind: "administrativeRegulation",
  version: "2019年修订（国务院令第711号）",
  effective: "2019-05-15",
};

export const legalAidLaw2021: LawRef = {
  title: "中华人民共和国法律援助法",
  kind: "law",
  version: "2021年",
  effective: "2022-01-01",
};

export const legalAidCaseProcedureProvisions2023: LawRef = {
  title: "办理法律援助案件程序规定",
  kind: "ministryRule",
  version: "2023年修订（司法部令第148号）",
  effective: null,
};

export const mediationLaw2010: LawRef = {
  title: "中华人民共和国人民调解法",
  kind: "law",
  version: "2010年",
  effective: "2011-01-01",
};

export const mediationWorkProvisions2002: LawRef = {
  title: "人民调解工作若干规定",
  kind: "ministryRule",
  version: "司法部令第75号（2002年）",
  effective: null,
};

export const majorDecisionRegulation2019: LawRef = {
  title: "重大行政决策程序暂行条例",
  kind: "administrativeRegulation",
  version: "国务院令第713号",
  effective: "2019-09-01",
};

export const normativeDocumentReviewOpinion2018: LawRef = {
  title: "国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见",
  kind: "stateCouncilDocument",
  version: "国办发〔2018〕115号",
  effective: null,
};

export const demonstrationIndicators: LawRef = {
  title: "市县法治政府建设示范指标体系",
  kind: "partyDocument",
  version: "版本待核实",
  effective: null,
};

export const filingReviewRegulation2024: LawRef = {
  title: "法规规章备案审查条例",
  kind: "administrativeRegulation",
  version: "2024年",
  effective: "2024-11-01",
};

/** Placeholder for the deploying province's or city's rules; the source gives no national text. */
export const localNormativeDocumentRules: LawRef = {
  title: "地方行政规范性文件制定和监督管理规定",
  kind: "localRule",
  version: "按部署地区配置",
  effective: null,
};

/** The deploying government's own rules for legality review of its documents and meeting topics. */
export const localLegalityReviewRules: LawRef = {
  title: "本级人民政府合法性审查工作规则",
  kind: "localRule",
  version: "按部署地区配置",
  effective: null,
};

export const randomInspectionOpinion2019: LawRef = {
  title: "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
  kind: "stateCouncilDocument",
  version: "国发〔2019〕5号",
  effective: null,
};
