// Fields of the annual catalog of major decisions (年度重大行政决策事项目录, 第3条第3款): one per
// government and year, its items as rows. Items are rows, not records, so the published count is a
// row measure over the catalog as the public sees it; each item's procedure is a majorDecision
// record linking back to the catalog.
import type { FieldDeclaration, RowsCheckProblem } from "../../kernel/fields.js";
import type { RowValues } from "../../kernel/values.js";
import { DECISION_CATEGORIES } from "./categories.js";

/** An item as first listed, added by an adjustment, or taken out by one (kept, with its reason). */
export const ITEM_STATUSES = [
  { value: "listed", label: "列入目录" },
  { value: "added", label: "调整增列" },
  { value: "removed", label: "调整移出" },
] as const;

/** The statuses of items the published catalog holds (the figure counts these). */
export const CURRENT_ITEM_STATUSES = ["listed", "added"] as const;

/** An adjustment says why an item went in or out (第3条第3款: 根据实际情况调整). */
function reasonForChanges(rows: readonly RowValues[]): RowsCheckProblem | null {
  const index = rows.findIndex(
    (row) =>
      (row.status === "added" || row.status === "removed") &&
      (typeof row.changeReason !== "string" || row.changeReason.trim() === ""),
  );
  if (index < 0) return null;
  return {
    row: index + 1,
    column: "changeReason",
    code: "catalog.changeReason",
    message: "调整增列或移出的事项，请说明调整理由",
  };
}

export const decisionCatalogFields: readonly FieldDeclaration[] = [
  {
    name: "title",
    label: "目录名称",
    kind: "text",
    required: true,
    unique: true,
    maxLength: 200,
    searchable: true,
    help: "如：侯马市人民政府2023年度重大行政决策事项目录（每个政府每年一份）",
  },
  { name: "year", label: "目录年度", kind: "integer", required: true, min: 2019, max: 2100 },
  { name: "government", label: "决策机关", kind: "org", required: true },
  {
    name: "compilingOrg",
    label: "编制单位",
    kind: "org",
    help: "政府办公室或司法局",
  },
  { name: "compiledOn", label: "编制日期", kind: "date", required: true },
  {
    name: "items",
    label: "决策事项",
    kind: "table",
    required: true,
    minRows: 1,
    maxRows: 200,
    rowsCheck: reasonForChanges,
    columns: [
      { name: "title", label: "决策事项名称", kind: "text", required: true, maxLength: 200 },
      {
        name: "category",
        label: "事项类别",
        kind: "choice",
        required: true,
        options: DECISION_CATEGORIES,
      },
      // Org cells are not supported in rows yet: the unit's name, as the published catalog prints it.
      { name: "leadUnit", label: "承办单位", kind: "text", required: true, maxLength: 100 },
      { name: "plannedTime", label: "计划完成时间", kind: "text", maxLength: 50 },
      { name: "basis", label: "决策依据", kind: "text", maxLength: 500 },
      {
        name: "status",
        label: "事项状态",
        kind: "choice",
        required: true,
        options: ITEM_STATUSES,
      },
      { name: "changeReason", label: "调整理由", kind: "text", maxLength: 500 },
    ],
  },
  {
    name: "publicText",
    label: "公布文本",
    kind: "longText",
    maxLength: 20000,
    searchable: true,
    help: "向社会公布的目录内容：逐项列明决策事项名称、承办单位和计划完成时间",
  },
  { name: "partyAgreedOn", label: "同级党委同意日期", kind: "date", isSetByAction: true },
  {
    name: "partyAgreementRef",
    label: "党委同意依据",
    kind: "text",
    maxLength: 200,
    isSetByAction: true,
    help: "如：市委常委会会议纪要",
  },
  { name: "publishedOn", label: "公布日期", kind: "date", isSetByAction: true },
  {
    name: "publishedChannel",
    label: "公布渠道",
    kind: "text",
    maxLength: 200,
    isSetByAction: true,
  },
  { name: "adjustedOn", label: "调整日期", kind: "date", isSetByAction: true },
  {
    name: "adjustmentAgreedOn",
    label: "调整经党委同意日期",
    kind: "date",
    isSetByAction: true,
  },
  {
    name: "adjustmentReason",
    label: "调整说明",
    kind: "longText",
    maxLength: 4000,
    isSetByAction: true,
  },
];
