// Fields of an administrative litigation case (行政应诉案件): a suit against a government body
// under 行政诉讼法 (2017), from the complaint copy to the performance of the effective judgment.
import type { RecordValues } from "../../kernel/declaration.js";
import type { FieldDeclaration, FieldKind } from "../../kernel/fields.js";

export const ACT_CATEGORIES = [
  { value: "penalty", label: "行政处罚" },
  { value: "coercion", label: "行政强制" },
  { value: "licensing", label: "行政许可" },
  { value: "registration", label: "行政登记与确认" },
  { value: "disclosure", label: "政府信息公开" },
  { value: "inaction", label: "不履行法定职责" },
  { value: "expropriation", label: "征收征用及补偿" },
  { value: "agreement", label: "行政协议" },
  { value: "workInjury", label: "工伤认定" },
  { value: "other", label: "其他" },
] as const;

export const JUDGMENT_KINDS = [
  { value: "judgment", label: "判决" },
  { value: "ruling", label: "裁定" },
  { value: "mediation", label: "调解书" },
] as const;

export const OUTCOMES = [
  { value: "claimsDismissed", label: "驳回诉讼请求" },
  { value: "revoked", label: "撤销" },
  { value: "partlyRevoked", label: "部分撤销" },
  { value: "confirmedUnlawful", label: "确认违法" },
  { value: "confirmedVoid", label: "确认无效" },
  { value: "orderedToPerform", label: "责令履行" },
  { value: "varied", label: "变更" },
  { value: "payment", label: "给付" },
  { value: "suitDismissed", label: "驳回起诉（裁定）" },
  { value: "withdrawalAllowed", label: "准予撤诉（裁定）" },
  { value: "mediated", label: "调解结案" },
] as const;

/** Remand (发回重审) is not modelled: it would reopen the first instance. */
export const SECOND_OUTCOMES = [
  { value: "appealDismissed", label: "驳回上诉，维持原裁判" },
  { value: "revised", label: "改判" },
  { value: "suitDismissed", label: "撤销原判，驳回起诉（裁定）" },
  { value: "appealWithdrawn", label: "准许撤回上诉（裁定）" },
  { value: "mediated", label: "调解结案" },
] as const;

export type Outcome = (typeof OUTCOMES)[number]["value"];
export type SecondOutcome = (typeof SECOND_OUTCOMES)[number]["value"];

/** First-instance outcomes against the body (败诉): every judgment but 驳回诉讼请求. */
export const LOST_OUTCOMES: ReadonlySet<string> = new Set<Outcome>([
  "revoked",
  "partlyRevoked",
  "confirmedUnlawful",
  "confirmedVoid",
  "orderedToPerform",
  "varied",
  "payment",
]);

/**
 * Whether the body lost, as far as the outcomes decide it: the first-instance outcome stands
 * when nobody appealed or the appeal was dismissed or withdrawn; a dismissed suit is no loss; a
 * revised judgment (改判) is read by the clerk, so null.
 */
export function lostByOutcomes(values: RecordValues): boolean | null {
  const first = LOST_OUTCOMES.has(String(values.firstOutcome));
  switch (values.secondOutcome) {
    case undefined:
    case null:
    case "appealDismissed":
    case "appealWithdrawn":
      return first;
    case "revised":
      return null;
    default:
      return false;
  }
}

const staffOnly = ["lawOffice", "reviewer", "head", "clerk"] as const;
const byAction = <K extends FieldKind = "date">(
  name: string,
  label: string,
  kind: K = "date" as K,
) => ({ name, label, kind, isSetByAction: true }) as const;

/** Who appeared for the body at the hearing of one instance (法释〔2020〕3号). */
function hearingFields(prefix: "first" | "second", instance: string): FieldDeclaration[] {
  return [
    byAction(`${prefix}HearingDate`, `${instance}开庭日期`),
    { ...byAction(`${prefix}AppearedStaff`, `${instance}出庭应诉人员`, "text"), maxLength: 200 },
    byAction(`${prefix}LeaderAppeared`, `${instance}负责人是否出庭`, "boolean"),
    byAction(`${prefix}LeaderName`, `${instance}出庭负责人姓名`, "text"),
    byAction(`${prefix}LeaderPost`, `${instance}出庭负责人职务`, "text"),
    {
      ...byAction(`${prefix}LeaderAbsenceReason`, `${instance}负责人未出庭理由`, "longText"),
      help: "不可抗力、意外事件、需要履行他人不能代替的公务等正当理由，并提交加盖公章的说明",
    },
  ];
}

export const litigationFields: readonly FieldDeclaration[] = [
  {
    name: "courtCaseNumber",
    label: "案号",
    kind: "text",
    required: true,
    maxLength: 60,
    searchable: true,
    help: "起诉状副本及应诉通知书上的案号，如（2023）晋1081行初12号",
  },
  { name: "court", label: "一审法院", kind: "text", required: true, maxLength: 60 },
  {
    name: "plaintiffName",
    label: "原告",
    kind: "text",
    required: true,
    maxLength: 100,
    searchable: true,
  },
  {
    name: "plaintiffKind",
    label: "原告类型",
    kind: "choice",
    required: true,
    options: [
      { value: "person", label: "自然人" },
      { value: "organization", label: "法人或其他组织" },
    ],
  },
  { name: "plaintiffIdNumber", label: "原告身份证号", kind: "idNumber", unmaskedFor: staffOnly },
  { name: "plaintiffCreditCode", label: "统一社会信用代码", kind: "creditCode" },
  { name: "plaintiffPhone", label: "原告联系电话", kind: "phone", unmaskedFor: staffOnly },
  { name: "defendantOrg", label: "被告", kind: "org", required: true },
  {
    name: "coordinatingOrg",
    label: "应诉协调机构",
    kind: "org",
    required: true,
    help: "司法局：组织、协调、指导行政应诉工作，可查看全部案件",
  },
  {
    name: "actCategory",
    label: "被诉行为类别",
    kind: "choice",
    required: true,
    options: ACT_CATEGORIES,
  },
  {
    name: "actDescription",
    label: "被诉行政行为",
    kind: "longText",
    required: true,
    searchable: true,
  },
  { name: "claims", label: "诉讼请求", kind: "longText", searchable: true },
  { name: "complaintReceivedDate", label: "收到起诉状副本日期", kind: "date", required: true },
  byAction("defenceSubmittedDate", "提交答辩状及证据日期"),
  ...hearingFields("first", "一审"),
  { ...byAction("firstJudgmentKind", "一审文书类型", "choice"), options: JUDGMENT_KINDS },
  { ...byAction("firstOutcome", "一审结果", "choice"), options: OUTCOMES },
  byAction("firstJudgmentDate", "一审裁判日期"),
  byAction("firstServedDate", "一审文书送达日期"),
  {
    ...byAction("noAppealDate", "本机关不上诉日期"),
    help: "决定不上诉之日；上诉期满未上诉的，由系统记为期满之日",
  },
  {
    ...byAction("appealFiledBy", "上诉情况", "choice"),
    options: [
      { value: "body", label: "本机关上诉" },
      { value: "plaintiff", label: "原告上诉" },
      { value: "none", label: "未上诉" },
    ],
  },
  byAction("appealDate", "上诉日期"),
  { ...byAction("secondCaseNumber", "二审案号", "text"), maxLength: 60, searchable: true },
  { ...byAction("secondCourt", "二审法院", "text"), maxLength: 60 },
  ...hearingFields("second", "二审"),
  { ...byAction("secondOutcome", "二审结果", "choice"), options: SECOND_OUTCOMES },
  byAction("secondJudgmentDate", "二审裁判日期"),
  byAction("effectiveDate", "裁判生效日期"),
  {
    ...byAction("isLost", "是否败诉", "boolean"),
    help: "以生效裁判为准：一审判决撤销、确认违法或无效、责令履行、变更、给付的为败诉",
  },
  {
    ...byAction("performance", "生效裁判履行情况", "choice"),
    options: [
      { value: "performed", label: "已履行" },
      { value: "notPerformed", label: "未履行" },
      { value: "notApplicable", label: "无需履行" },
    ],
  },
  byAction("performedDate", "履行日期"),
  byAction("performanceNote", "履行情况说明", "longText"),
  byAction("closedDate", "结案日期"),
];
