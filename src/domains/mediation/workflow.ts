// The people's mediation procedure of 人民调解法 (2010) as states and actions: mediating after
// acceptance (第17–18条), agreement written or oral (第28–30条) or failure (第26条), the optional
// judicial confirmation within 30 days of the agreement (第33条), and closing.
import type {
  ActionCheckError,
  ActionDeclaration,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";

/** The committee's mediators keep the case; lawOffice (scope all) may stand in for them. */
const mediators = ["mediator", "clerk", "reviewer", "head", "lawOffice"] as const;

/** A date of the procedure may not come before the one it follows. */
const notBefore =
  (field: string, earlier: string, message: string) =>
  (after: RecordValues): ActionCheckError | null => {
    const value = after[field];
    const start = after[earlier];
    return typeof value === "string" && typeof start === "string" && value < start
      ? { field, code: "mediation.dateOrder", message }
      : null;
  };

const actions: readonly ActionDeclaration[] = [
  {
    id: "reachAgreement",
    label: "达成调解协议",
    from: ["mediating"],
    to: "agreed",
    roles: mediators,
    fields: ["agreementDate", "agreementForm", "agreementSummary", "agreementAmount"],
    requires: ["agreementDate", "agreementForm", "agreementSummary"],
    dateField: "agreementDate",
    sets: { outcome: "agreement" },
    check: notBefore("agreementDate", "acceptedDate", "协议生效日期不能早于受理日期"),
    tone: "primary",
  },
  {
    id: "fail",
    label: "调解不成，终止调解",
    from: ["mediating"],
    to: "failed",
    roles: mediators,
    fields: ["failedDate", "failureReason", "remedyAdvice"],
    requires: ["failedDate", "failureReason", "remedyAdvice"],
    dateField: "failedDate",
    sets: { outcome: "failed" },
    check: notBefore("failedDate", "acceptedDate", "终止调解日期不能早于受理日期"),
    confirm:
      "调解不成的，应当终止调解，并告知当事人可以依法通过仲裁、行政、司法等途径维护权利（第26条）。确认？",
    tone: "danger",
  },
  {
    id: "applyConfirmation",
    label: "登记申请司法确认",
    from: ["agreed"],
    to: "confirming",
    roles: mediators,
    fields: ["confirmationAppliedDate", "confirmationCourt"],
    requires: ["confirmationAppliedDate", "confirmationCourt"],
    dateField: "confirmationAppliedDate",
    check: notBefore(
      "confirmationAppliedDate",
      "agreementDate",
      "申请司法确认日期不能早于调解协议生效日期",
    ),
  },
  {
    id: "recordRuling",
    label: "登记司法确认结果并结案",
    from: ["confirming"],
    to: "closed",
    roles: mediators,
    fields: ["confirmationRulingDate", "confirmationResult", "performance", "closedDate"],
    requires: ["confirmationRulingDate", "confirmationResult", "closedDate"],
    dateField: "closedDate",
    check: (after) =>
      notBefore(
        "confirmationRulingDate",
        "confirmationAppliedDate",
        "裁定日期不能早于申请日期",
      )(after) ??
      notBefore("closedDate", "confirmationRulingDate", "结案日期不能早于裁定日期")(after),
    tone: "primary",
  },
  {
    id: "close",
    label: "结案",
    from: ["agreed"],
    to: "closed",
    roles: mediators,
    fields: ["performance", "closedDate"],
    requires: ["performance", "closedDate"],
    dateField: "closedDate",
    check: notBefore("closedDate", "agreementDate", "结案日期不能早于调解协议生效日期"),
    tone: "primary",
  },
];

export const mediationWorkflow: WorkflowDeclaration = {
  initial: "mediating",
  states: [
    { id: "mediating", label: "调解中", tone: "processing" },
    { id: "agreed", label: "已达成协议", tone: "processing" },
    { id: "confirming", label: "司法确认中", tone: "processing" },
    { id: "closed", label: "已结案", isFinal: true, tone: "success" },
    { id: "failed", label: "调解不成", isFinal: true, tone: "default" },
  ],
  actions,
};
