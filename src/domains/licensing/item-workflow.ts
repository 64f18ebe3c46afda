// The life of a licensing item on the list: in force until cancelled; a reform (减时限、减材料、
// 减环节、减跑动) is registered on it as an action, so what it cut is checked against what it was.
import type {
  ActionCheckError,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";

const keeper = ["clerk", "head"] as const;

/** Before and after of each reform measure, with the label the refusal names. */
export const REFORM_MEASURES = [
  ["timeLimitBefore", "timeLimitAfter", "办理时限"],
  ["materialsBefore", "materialsAfter", "申请材料"],
  ["stepsBefore", "stepsAfter", "办理环节"],
  ["tripsBefore", "tripsAfter", "跑动次数"],
] as const;

/** A reform cuts or keeps each measure; after it the time limit is within the statutory one. */
export function reformProblem(after: RecordValues): ActionCheckError | null {
  for (const [before, reformed, label] of REFORM_MEASURES) {
    const was = after[before];
    const is = after[reformed];
    if (typeof was === "number" && typeof is === "number" && is > was)
      return {
        field: reformed,
        code: "licensing.reformIncrease",
        message: `改革后${label}（${String(is)}）不能多于改革前（${String(was)}）`,
      };
  }
  const limit = after["timeLimitAfter"];
  const statutory = after["statutoryLimit"];
  if (typeof limit === "number" && typeof statutory === "number" && limit > statutory)
    return {
      field: "timeLimitAfter",
      code: "licensing.overStatutoryLimit",
      message: `改革后办理时限（${String(limit)}个工作日）不能超过法定办结时限（${String(statutory)}个工作日）`,
    };
  return null;
}

const reformFields = [
  "reformedOn",
  "reformDocument",
  ...REFORM_MEASURES.flatMap(([before, after]) => [before, after]),
];

export const licensingItemWorkflow: WorkflowDeclaration = {
  initial: "inForce",
  states: [
    { id: "inForce", label: "实施中", tone: "success" },
    { id: "cancelled", label: "已取消", tone: "default", isFinal: true },
  ],
  actions: [
    {
      id: "registerReform",
      label: "登记改革成效",
      from: ["inForce"],
      roles: keeper,
      fields: reformFields,
      requires: reformFields.filter((name) => name !== "reformDocument"),
      dateField: "reformedOn",
      check: (after) => reformProblem(after),
      tone: "primary",
    },
    {
      id: "cancel",
      label: "取消事项",
      from: ["inForce"],
      to: "cancelled",
      roles: keeper,
      fields: ["cancelledOn", "cancelReason"],
      requires: ["cancelledOn", "cancelReason"],
      dateField: "cancelledOn",
      confirm: "取消后该事项从清单中移出，不能再修改，确定取消？",
      tone: "danger",
    },
  ],
};
