// The defence of an administrative suit (行政诉讼法 2017) as states and actions: defence,
// hearings with the leader's appearance, judgment, appeal, effective judgment, performance.
import type {
  ActionCheckError,
  ActionDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import { lostByOutcomes } from "./fields.js";

const caseworkers = ["clerk", "reviewer", "lawOffice"] as const;
type Check = (after: RecordValues) => ActionCheckError | null;
const refuse = (field: string, code: string, message: string): ActionCheckError => ({
  field,
  code,
  message,
});
const isBlank = (value: unknown) => value === null || value === undefined || value === "";

/** The first check that fails, or null. */
const firstOf =
  (...checks: Check[]): Check =>
  (after) =>
    checks.reduce<ActionCheckError | null>((found, check) => found ?? check(after), null);
/** A field that must be filled (on the record after the action), with why. */
const filled =
  (field: string, message: string): Check =>
  (after) =>
    isBlank(after[field]) ? refuse(field, "field.required", message) : null;
/** A date not before another date of the record. */
const notBefore =
  (field: string, earlier: string, message: string): Check =>
  (after) => {
    const [date, bound] = [after[field], after[earlier]];
    return typeof date === "string" && typeof bound === "string" && date < bound
      ? refuse(field, "date.order", message)
      : null;
  };

/** 负责人出庭: name and post when the leader appeared, a reason when not (法释〔2020〕3号 第8条). */
const leaderCheck =
  (prefix: "first" | "second"): Check =>
  (after) =>
    after[`${prefix}LeaderAppeared`] === true
      ? firstOf(
          filled(`${prefix}LeaderName`, "负责人出庭的，请填写其姓名"),
          filled(`${prefix}LeaderPost`, "负责人出庭的，请填写其职务"),
        )(after)
      : filled(
          `${prefix}LeaderAbsenceReason`,
          "负责人未出庭的，应说明理由（法释〔2020〕3号 第8条）",
        )(after);

/** 是否败诉 must agree with the outcomes wherever they decide it. */
const lostCheck: Check = (after) => {
  const expected = lostByOutcomes(after);
  if (expected === null || after.isLost === expected) return null;
  return refuse("isLost", "isLost.mismatch", `依裁判结果，本案${expected ? "应为" : "不属"}败诉`);
};

/** 驳回起诉 is a ruling, the other outcomes judgments; 撤诉 and 调解 have their own actions. */
const judgmentKindCheck: Check = (after) => {
  if (after.firstOutcome === "withdrawalAllowed" || after.firstOutcome === "mediated")
    return refuse("firstOutcome", "outcome.settlement", "准予撤诉、调解结案请使用相应的结案操作");
  const kind = after.firstOutcome === "suitDismissed" ? "ruling" : "judgment";
  if (after.firstJudgmentKind === kind) return null;
  return refuse(
    "firstJudgmentKind",
    "outcome.kind",
    `该结果应以${kind === "ruling" ? "裁定" : "判决"}作出`,
  );
};

/** An action of caseworkers that requires every field it asks for, unless told otherwise. */
const step = (
  action: Omit<ActionDeclaration, "roles"> & Partial<ActionDeclaration>,
): ActionDeclaration => ({
  roles: caseworkers,
  ...(action.fields ? { requires: action.fields } : {}),
  ...action,
});

function hearing(
  id: string,
  prefix: "first" | "second",
  from: string,
  to: string,
): ActionDeclaration {
  const court = prefix === "second" ? ["secondCaseNumber", "secondCourt"] : [];
  const required = ["HearingDate", "AppearedStaff", "LeaderAppeared"].map((name) => prefix + name);
  const optional = ["LeaderName", "LeaderPost", "LeaderAbsenceReason"].map((name) => prefix + name);
  return step({
    id,
    label: `登记${prefix === "first" ? "一审" : "二审"}开庭`,
    from: [from],
    to,
    fields: [...required, ...optional, ...court],
    requires: [...required, ...court],
    dateField: `${prefix}HearingDate`,
    check: leaderCheck(prefix),
  });
}

/** 准予撤诉 or 调解结案 at first instance: effective on service, nothing to appeal, no loss. */
const settlement = (id: string, label: string, outcome: string, kind: string) =>
  step({
    id,
    label,
    from: ["received", "defended", "firstHeard"],
    to: "effective",
    fields: ["firstJudgmentDate", "effectiveDate"],
    dateField: "effectiveDate",
    sets: { firstOutcome: outcome, firstJudgmentKind: kind, isLost: false, appealFiledBy: "none" },
    check: notBefore("effectiveDate", "firstJudgmentDate", "生效日期不能早于裁判日期"),
  });

const appealFrom = ["firstDecided", "appealWindowClosed"];

const actions: readonly ActionDeclaration[] = [
  step({
    id: "submitDefence",
    label: "提交答辩状及证据",
    from: ["received"],
    to: "defended",
    fields: ["defenceSubmittedDate"],
    dateField: "defenceSubmittedDate",
    tone: "primary",
  }),
  hearing("recordFirstHearing", "first", "defended", "firstHeard"),
  step({
    id: "recordFirstJudgment",
    label: "登记一审裁判",
    from: ["defended", "firstHeard"],
    to: "firstDecided",
    fields: ["firstJudgmentKind", "firstOutcome", "firstJudgmentDate", "firstServedDate"],
    dateField: "firstServedDate",
    check: firstOf(
      judgmentKindCheck,
      notBefore("firstServedDate", "firstJudgmentDate", "送达日期不能早于裁判日期"),
    ),
  }),
  settlement("allowWithdrawal", "准予撤诉结案", "withdrawalAllowed", "ruling"),
  settlement("mediate", "调解结案", "mediated", "mediation"),
  step({
    id: "forgoAppeal",
    label: "确认不上诉",
    from: ["firstDecided"],
    to: "appealWindowClosed",
    roles: [...caseworkers, "head"],
    fields: ["noAppealDate"],
    dateField: "noAppealDate",
  }),
  step({
    id: "appealByBody",
    label: "本机关上诉",
    from: appealFrom,
    to: "appealed",
    roles: ["head", "lawOffice"],
    fields: ["appealDate"],
    dateField: "appealDate",
    sets: { appealFiledBy: "body" },
    confirm: "提起上诉须经本机关负责人决定。确认已向法院递交上诉状？",
    check: (after) =>
      typeof after.noAppealDate === "string" && String(after.appealDate) > after.noAppealDate
        ? refuse(
            "appealDate",
            "appeal.lapsed",
            `本机关已于${after.noAppealDate}确认不上诉或上诉期限届满（第85条）`,
          )
        : null,
  }),
  step({
    id: "recordPlaintiffAppeal",
    label: "登记原告上诉",
    from: appealFrom,
    to: "appealed",
    fields: ["appealDate"],
    dateField: "appealDate",
    sets: { appealFiledBy: "plaintiff" },
  }),
  step({
    id: "recordEffective",
    label: "一审裁判生效",
    from: ["appealWindowClosed"],
    to: "effective",
    fields: ["effectiveDate", "isLost"],
    dateField: "effectiveDate",
    sets: { appealFiledBy: "none" },
    check: firstOf(
      notBefore("effectiveDate", "noAppealDate", "生效日期不能早于本机关上诉期满"),
      lostCheck,
    ),
  }),
  hearing("recordSecondHearing", "second", "appealed", "secondHeard"),
  step({
    id: "recordSecondJudgment",
    label: "登记二审裁判",
    from: ["appealed", "secondHeard"],
    to: "effective",
    fields: [
      "secondCaseNumber",
      "secondCourt",
      "secondOutcome",
      "secondJudgmentDate",
      "effectiveDate",
      "isLost",
    ],
    requires: ["secondOutcome", "secondJudgmentDate", "effectiveDate", "isLost"],
    dateField: "effectiveDate",
    check: firstOf(
      filled("secondCaseNumber", "请填写二审案号"),
      filled("secondCourt", "请填写二审法院"),
      notBefore("secondJudgmentDate", "appealDate", "二审裁判日期不能早于上诉日期"),
      notBefore("effectiveDate", "secondJudgmentDate", "生效日期不能早于二审裁判日期"),
      lostCheck,
    ),
  }),
  step({
    id: "recordPerformance",
    label: "登记履行情况并结案",
    from: ["effective"],
    to: "closed",
    fields: ["performance", "performedDate", "performanceNote", "closedDate"],
    requires: ["performance", "closedDate"],
    dateField: "closedDate",
    check: firstOf(
      (after) =>
        after.performance === "performed"
          ? filled("performedDate", "已履行的，请填写履行日期")(after)
          : null,
      (after) =>
        after.performance === "notPerformed"
          ? filled("performanceNote", "未履行的，请说明原因及进展")(after)
          : null,
      notBefore("performedDate", "effectiveDate", "履行日期不能早于裁判生效日期"),
      notBefore("closedDate", "performedDate", "结案日期不能早于履行日期"),
    ),
    tone: "primary",
  }),
];

export const litigationWorkflow: WorkflowDeclaration = {
  initial: "received",
  states: [
    { id: "received", label: "已收到起诉状", tone: "processing" },
    { id: "defended", label: "已答辩", tone: "processing" },
    { id: "firstHeard", label: "一审已开庭", tone: "processing" },
    { id: "firstDecided", label: "一审已裁判（上诉期内）", tone: "warning" },
    { id: "appealWindowClosed", label: "本机关未上诉", tone: "processing" },
    { id: "appealed", label: "二审中", tone: "processing" },
    { id: "secondHeard", label: "二审已开庭", tone: "processing" },
    { id: "effective", label: "裁判已生效", tone: "warning" },
    { id: "closed", label: "已结案", isFinal: true, tone: "success" },
  ],
  actions,
};
