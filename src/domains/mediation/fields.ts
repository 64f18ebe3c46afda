// Fields of a people's mediation case (人民调解案件), 人民调解法 (2010): the committee and its
// mediator, the parties, how the dispute came in, the agreement or the failure, and the optional
// judicial confirmation of the agreement (第33条).
import type { FieldDeclaration, FieldKind } from "../../kernel/fields.js";
import { mediationParties } from "./parties.js";

/** Dispute types as the 人民调解 statistics count them, with the sector committees' own. */
export const DISPUTE_TYPES = [
  { value: "marriageFamily", label: "婚姻家庭纠纷" },
  { value: "neighbour", label: "邻里纠纷" },
  { value: "homestead", label: "房屋宅基地纠纷" },
  { value: "land", label: "山林土地纠纷" },
  { value: "contract", label: "合同纠纷" },
  { value: "privateLending", label: "民间借贷纠纷" },
  { value: "damages", label: "损害赔偿纠纷" },
  { value: "trafficAccident", label: "道路交通事故纠纷" },
  { value: "medical", label: "医疗纠纷" },
  { value: "insurance", label: "保险合同纠纷" },
  { value: "finance", label: "金融纠纷" },
  { value: "labour", label: "劳动争议纠纷" },
  { value: "property", label: "物业纠纷" },
  { value: "villageAffairs", label: "村务管理纠纷" },
  { value: "other", label: "其他纠纷" },
] as const;

/** 第17条 application or own initiative; 第18条 referral by a court or the police; petitions. */
export const SOURCES = [
  { value: "application", label: "当事人申请" },
  { value: "courtReferral", label: "人民法院委派或移送" },
  { value: "policeReferral", label: "公安机关移送" },
  { value: "petitionReferral", label: "信访部门移送" },
  { value: "ownInitiative", label: "人民调解委员会主动调解" },
] as const;

/** 第28条: a written agreement, or an oral one the mediator records. */
export const AGREEMENT_FORMS = [
  { value: "written", label: "书面调解协议" },
  { value: "oral", label: "口头调解协议" },
] as const;

export const OUTCOMES = [
  { value: "agreement", label: "调解成功" },
  { value: "failed", label: "调解不成" },
] as const;

export const FAILURE_REASONS = [
  { value: "partyRefused", label: "一方当事人明确拒绝调解（第17条）" },
  { value: "noAgreement", label: "经调解未能达成协议（第26条）" },
  { value: "partyWithdrew", label: "当事人撤回调解申请" },
  { value: "wentToCourt", label: "当事人已起诉或申请仲裁" },
] as const;

export const PERFORMANCE = [
  { value: "performed", label: "已履行完毕" },
  { value: "performing", label: "正在分期履行" },
  { value: "immediate", label: "当场即时履行" },
] as const;

export const CONFIRMATION_RESULTS = [
  { value: "confirmed", label: "裁定调解协议有效" },
  { value: "rejected", label: "裁定驳回申请" },
] as const;

const setByAction = <K extends FieldKind>(name: string, label: string, kind: K) =>
  ({ name, label, kind, isSetByAction: true }) as const;

export const mediationFields: readonly FieldDeclaration[] = [
  { name: "committee", label: "人民调解委员会", kind: "org", required: true },
  {
    name: "guidingOrg",
    label: "指导单位（司法所或司法局）",
    kind: "org",
    help: "人民调解委员会的业务指导单位，可查阅本案",
  },
  {
    name: "mediatorName",
    label: "人民调解员",
    kind: "text",
    required: true,
    maxLength: 50,
    searchable: true,
  },
  {
    name: "disputeType",
    label: "纠纷类型",
    kind: "choice",
    required: true,
    options: DISPUTE_TYPES,
  },
  { name: "source", label: "案件来源", kind: "choice", required: true, options: SOURCES },
  { name: "referringOrgName", label: "移送单位", kind: "text", maxLength: 100 },
  mediationParties,
  {
    name: "otherParties",
    label: "当事人情况补充说明",
    kind: "longText",
    help: "当事人均应在上表逐行填写；此处只写需要补充说明的情况",
  },
  {
    name: "disputeSummary",
    label: "纠纷简要情况",
    kind: "longText",
    required: true,
    searchable: true,
  },
  { name: "amountInDispute", label: "涉及金额（元）", kind: "money", min: 0 },
  { name: "acceptedDate", label: "受理日期", kind: "date", required: true },
  { name: "outcome", label: "调解结果", kind: "choice", options: OUTCOMES, isSetByAction: true },
  setByAction("agreementDate", "调解协议生效日期", "date"),
  {
    name: "agreementForm",
    label: "协议形式",
    kind: "choice",
    options: AGREEMENT_FORMS,
    isSetByAction: true,
  },
  { ...setByAction("agreementSummary", "协议内容", "longText"), searchable: true },
  setByAction("agreementAmount", "协议金额（元）", "money"),
  setByAction("failedDate", "终止调解日期", "date"),
  {
    name: "failureReason",
    label: "调解不成原因",
    kind: "choice",
    options: FAILURE_REASONS,
    isSetByAction: true,
  },
  setByAction("remedyAdvice", "告知的救济途径", "longText"),
  setByAction("confirmationAppliedDate", "申请司法确认日期", "date"),
  { ...setByAction("confirmationCourt", "受理司法确认的人民法院", "text"), maxLength: 100 },
  setByAction("confirmationRulingDate", "司法确认裁定日期", "date"),
  {
    name: "confirmationResult",
    label: "司法确认结果",
    kind: "choice",
    options: CONFIRMATION_RESULTS,
    isSetByAction: true,
  },
  {
    name: "performance",
    label: "协议履行情况",
    kind: "choice",
    options: PERFORMANCE,
    isSetByAction: true,
  },
  setByAction("closedDate", "结案日期", "date"),
];
