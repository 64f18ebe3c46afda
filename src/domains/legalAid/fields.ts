// Fields of a legal aid case (法律援助案件), 法律援助法 (2021): the application or the notice of a
// case-handling organ, the examination, the designated aid provider and the result.
import type { FieldDeclaration, FieldKind } from "../../kernel/fields.js";

export const CATEGORIES = [
  { value: "criminalDefence", label: "刑事辩护" },
  { value: "civil", label: "民事" },
  { value: "administrative", label: "行政" },
] as const;

export const SOURCES = [
  { value: "application", label: "当事人申请" },
  { value: "policeNotice", label: "公安机关通知辩护" },
  { value: "procuratorateNotice", label: "人民检察院通知辩护" },
  { value: "courtNotice", label: "人民法院通知辩护" },
] as const;

/** 第25条 grounds of a notified defence, and 审判阶段律师辩护全覆盖. */
export const NOTICE_GROUNDS = [
  { value: "minor", label: "未成年人" },
  { value: "sensoryDisability", label: "视力、听力、言语残疾人" },
  { value: "mentalIncapacity", label: "不能完全辨认自己行为的成年人" },
  { value: "lifeOrDeath", label: "可能被判处无期徒刑、死刑" },
  { value: "fullCoverage", label: "刑事案件律师辩护全覆盖" },
] as const;

export const MATTERS = [
  { value: "defence", label: "刑事辩护" },
  { value: "wages", label: "追索劳动报酬" },
  { value: "workInjury", label: "工伤赔偿" },
  { value: "support", label: "赡养费、抚养费、扶养费" },
  { value: "trafficAccident", label: "交通事故人身损害赔偿" },
  { value: "marriage", label: "婚姻家庭（含家庭暴力）" },
  { value: "personalInjury", label: "其他人身损害赔偿" },
  { value: "socialInsurance", label: "社会保险待遇" },
  { value: "socialAssistance", label: "最低生活保障等社会救助" },
  { value: "stateCompensation", label: "国家赔偿" },
] as const;

export const HARDSHIP_BASES = [
  { value: "assistance", label: "最低生活保障、特困供养等救助证明" },
  { value: "declaration", label: "经济困难状况个人诚信承诺" },
  { value: "groupExempt", label: "特定群体免予核查经济状况（第42条）" },
  { value: "matterExempt", label: "不受经济困难条件限制（第32条）" },
  { value: "notExamined", label: "通知辩护，不审查经济状况" },
] as const;

export const ASSIGNEE_KINDS = [
  { value: "lawyer", label: "律师" },
  { value: "grassrootsWorker", label: "基层法律服务工作者" },
  { value: "centreStaff", label: "法律援助机构工作人员" },
] as const;

export const CLOSING_RESULTS = [
  { value: "defenceAdopted", label: "辩护意见被采纳" },
  { value: "defencePartlyAdopted", label: "辩护意见部分采纳" },
  { value: "defenceNotAdopted", label: "辩护意见未被采纳" },
  { value: "notProsecuted", label: "不起诉" },
  { value: "upheld", label: "请求获得支持" },
  { value: "partlyUpheld", label: "请求部分获得支持" },
  { value: "notUpheld", label: "请求未获支持" },
  { value: "mediated", label: "调解结案" },
  { value: "settled", label: "和解结案" },
  { value: "withdrawn", label: "撤诉或撤回申请" },
  { value: "terminated", label: "终止法律援助" },
] as const;

/** Results of criminal defence; the others belong to civil and administrative matters. */
export const DEFENCE_RESULTS: readonly string[] = [
  "defenceAdopted",
  "defencePartlyAdopted",
  "defenceNotAdopted",
  "notProsecuted",
];

/** The special groups of 法律援助法 第42条 and 第70条 and the city's own list. */
export const SPECIAL_GROUP_FIELDS = [
  "isMinor",
  "isElderly",
  "isDisabled",
  "isMigrantWorker",
  "isMilitary",
  "isWomanCase",
  "isFarmer",
] as const;

const flag = (name: string, label: string): FieldDeclaration => ({ name, label, kind: "boolean" });
const setByAction = <K extends FieldKind>(name: string, label: string, kind: K) =>
  ({ name, label, kind, isSetByAction: true }) as const;

/** Legal aid centre staff; the rule-of-law office, leaders and auditors see masked numbers. */
const centreStaff = ["clerk", "reviewer", "head"] as const;

export const legalAidFields: readonly FieldDeclaration[] = [
  {
    name: "applicantName",
    label: "受援人",
    kind: "text",
    required: true,
    maxLength: 50,
    searchable: true,
  },
  {
    name: "applicantIdNumber",
    label: "受援人身份证号",
    kind: "idNumber",
    required: true,
    unmaskedFor: centreStaff,
  },
  { name: "applicantPhone", label: "联系电话", kind: "phone", unmaskedFor: centreStaff },
  { name: "aidOrg", label: "法律援助机构", kind: "org", required: true },
  { name: "supervisingOrg", label: "主管司法行政机关", kind: "org" },
  { name: "source", label: "案件来源", kind: "choice", required: true, options: SOURCES },
  {
    // 法律援助法 第25、26条: the grounds on which a police, procuratorate or court notice rests.
    name: "noticeGround",
    label: "通知辩护情形",
    kind: "choice",
    options: NOTICE_GROUNDS,
    required: true,
    when: { field: "source", in: ["policeNotice", "procuratorateNotice", "courtNotice"] },
  },
  { name: "caseCategory", label: "案件类别", kind: "choice", required: true, options: CATEGORIES },
  { name: "matter", label: "援助事项", kind: "choice", required: true, options: MATTERS },
  {
    name: "caseSummary",
    label: "案情摘要",
    kind: "longText",
    required: true,
    searchable: true,
  },
  flag("isMinor", "未成年人"),
  flag("isElderly", "老年人"),
  flag("isDisabled", "残疾人"),
  flag("isMigrantWorker", "农民工"),
  flag("isMilitary", "军人军属及退役军人"),
  flag("isWomanCase", "妇女（家庭暴力等特定案件）"),
  flag("isFarmer", "农民"),
  { name: "hardshipBasis", label: "经济困难审查依据", kind: "choice", options: HARDSHIP_BASES },
  { name: "hardshipEvidence", label: "经济困难证明材料", kind: "longText" },
  { name: "receivedDate", label: "收到申请或通知日期", kind: "date", required: true },
  setByAction("materialsNoticeDate", "一次性告知补充材料日期", "date"),
  setByAction("materialsItems", "需补充的材料", "longText"),
  setByAction("materialsReceivedDate", "收到补充材料日期", "date"),
  setByAction("grantDate", "给予法律援助决定日期", "date"),
  setByAction("refusalDate", "不予法律援助决定日期", "date"),
  setByAction("refusalReason", "不予法律援助理由", "longText"),
  setByAction("providedFirst", "先行提供法律援助", "boolean"),
  setByAction("urgencyReason", "先行提供理由", "longText"),
  setByAction("examinationCompleted", "已补充审查", "boolean"),
  setByAction("designatedDate", "指派日期", "date"),
  {
    name: "assigneeKind",
    label: "承办人员类别",
    kind: "choice",
    options: ASSIGNEE_KINDS,
    isSetByAction: true,
  },
  { ...setByAction("assigneeName", "承办人员", "text"), maxLength: 50, searchable: true },
  { ...setByAction("assigneeFirm", "承办人员执业机构", "text"), maxLength: 100 },
  setByAction("assigneeUser", "本机构承办人员（系统用户）", "user"),
  setByAction("handlingStartDate", "开始承办日期", "date"),
  {
    name: "closingResult",
    label: "结案结果",
    kind: "choice",
    options: CLOSING_RESULTS,
    isSetByAction: true,
  },
  setByAction("closingSummary", "结案情况", "longText"),
  setByAction("terminationReason", "终止法律援助理由", "longText"),
  setByAction("closedDate", "结案日期", "date"),
];
