// The catalog as states (第3条第3款): drafted by the government office, agreed by the same-level
// Party committee (同级党委同意), published, and adjusted as needed — each adjustment agreed again,
// giving reasons item by item, and published again (the portal item is refreshed). After the
// Party committee agrees, the items change only through an adjustment.
import type {
  ActionCheckError,
  RecordValues,
  WorkflowDeclaration,
} from "../../kernel/declaration.js";
import type { RowValues } from "../../kernel/values.js";
import { CURRENT_ITEM_STATUSES } from "./catalog-fields.js";
import { firstOf, notBefore, type Check } from "../../kernel/action-checks.js";

const compilers = ["clerk", "head", "lawOffice"] as const;

const rowsOf = (values: RecordValues, field: string): readonly RowValues[] =>
  Array.isArray(values[field]) ? (values[field] as readonly RowValues[]) : [];
const titleOf = (row: RowValues): string => (typeof row.title === "string" ? row.title.trim() : "");
const isCurrent = (row: RowValues): boolean =>
  (CURRENT_ITEM_STATUSES as readonly unknown[]).includes(row.status);

/** The text the public reads names every item the catalog holds. */
export const publicTextListsItems: Check = (after) => {
  const text = typeof after.publicText === "string" ? after.publicText : "";
  const missing = rowsOf(after, "items")
    .filter(isCurrent)
    .map(titleOf)
    .find((title) => !text.includes(title));
  return missing === undefined
    ? null
    : {
        field: "publicText",
        code: "catalog.textMissingItem",
        message: `公布文本未列明决策事项「${missing}」`,
      };
};

/**
 * An adjustment keeps every item (one taken out stays, marked 调整移出 with its reason), marks new
 * ones 调整增列, and changes at least one.
 */
export function adjustmentCheck(
  after: RecordValues,
  before: RecordValues,
): ActionCheckError | null {
  const earlier = new Map(rowsOf(before, "items").map((row) => [titleOf(row), row]));
  const now = rowsOf(after, "items");
  const refuse = (message: string): ActionCheckError => ({
    field: "items",
    code: "catalog.adjustment",
    message,
  });
  const dropped = [...earlier.keys()].find((title) => !now.some((row) => titleOf(row) === title));
  if (dropped !== undefined)
    return refuse(`事项「${dropped}」不能删除；移出目录的，请将其标为「调整移出」并说明理由`);
  const unmarked = now.find((row) => !earlier.has(titleOf(row)) && row.status !== "added");
  if (unmarked) return refuse(`新增事项「${titleOf(unmarked)}」请标为「调整增列」并说明理由`);
  const revived = now.find(
    (row) => earlier.get(titleOf(row))?.status === "removed" && row.status !== "removed",
  );
  if (revived) return refuse(`事项「${titleOf(revived)}」已移出目录，重新列入请作为新增事项`);
  const changed = now.some((row) => earlier.get(titleOf(row))?.status !== row.status);
  return changed ? null : refuse("本次调整未增列或移出任何事项");
}

export const decisionCatalogWorkflow: WorkflowDeclaration = {
  initial: "drafting",
  states: [
    { id: "drafting", label: "编制中", tone: "processing" },
    { id: "partyAgreed", label: "党委已同意（待公布）", tone: "warning", isLocked: true },
    { id: "published", label: "已公布", tone: "success", isLocked: true },
    { id: "adjusted", label: "已调整并重新公布", tone: "success", isLocked: true },
  ],
  actions: [
    {
      id: "agreeByParty",
      label: "登记党委同意",
      from: ["drafting"],
      to: "partyAgreed",
      roles: compilers,
      fields: ["partyAgreedOn", "partyAgreementRef"],
      requires: ["partyAgreedOn", "partyAgreementRef"],
      dateField: "partyAgreedOn",
      check: notBefore("partyAgreedOn", "compiledOn", "党委同意日期不能早于目录编制日期"),
      tone: "primary",
    },
    {
      id: "publish",
      label: "向社会公布",
      from: ["partyAgreed"],
      to: "published",
      roles: compilers,
      fields: ["publishedOn", "publishedChannel", "publicText"],
      requires: ["publishedOn", "publishedChannel", "publicText"],
      dateField: "publishedOn",
      check: firstOf(
        notBefore(
          "publishedOn",
          "partyAgreedOn",
          "目录应当经同级党委同意后向社会公布（第3条第3款）",
        ),
        publicTextListsItems,
      ),
      tone: "primary",
    },
    {
      id: "adjust",
      label: "调整目录",
      from: ["published", "adjusted"],
      to: "adjusted",
      roles: compilers,
      fields: ["items", "adjustmentAgreedOn", "adjustedOn", "adjustmentReason", "publicText"],
      requires: ["items", "adjustmentAgreedOn", "adjustedOn", "adjustmentReason", "publicText"],
      dateField: "adjustedOn",
      check: (after, before) =>
        firstOf(
          notBefore("adjustmentAgreedOn", "publishedOn", "调整经党委同意日期不能早于目录公布日期"),
          notBefore("adjustedOn", "adjustmentAgreedOn", "调整后的目录应当经同级党委同意后公布"),
          publicTextListsItems,
        )(after, before) ?? adjustmentCheck(after, before),
    },
  ],
};
