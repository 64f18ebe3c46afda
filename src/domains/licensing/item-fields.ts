// Fields of a licensing item (行政许可事项清单的一项): what it is and on what law, who keeps the list
// and who approves it now, the approving departments it has had (one row per change, so a year's
// changes are counted from the rows), its time limits, and what the latest reform cut.
import type { FieldDeclaration, TableFieldDeclaration } from "../../kernel/fields.js";
import type { RowValues } from "../../kernel/values.js";
import type { RowsCheckProblem } from "../../kernel/fields.js";

const byAction = (field: FieldDeclaration): FieldDeclaration => ({ ...field, isSetByAction: true });

/**
 * The changes read as one chain in date order: each starts from the department the previous one
 * moved the item to, and moves it somewhere else. A gap or a loop in the chain is a typing error
 * that would make the item's history, and the year's count, wrong.
 */
export function reassignmentChainProblem(rows: readonly RowValues[]): RowsCheckProblem | null {
  let previous: RowValues | null = null;
  for (const [index, row] of rows.entries()) {
    const at = index + 1;
    const from = String(row["fromDepartment"] ?? "").trim();
    const to = String(row["toDepartment"] ?? "").trim();
    if (from === to)
      return {
        row: at,
        column: "toDepartment",
        code: "licensing.sameDepartment",
        message: "调整后审批部门与原审批部门相同",
      };
    if (previous !== null) {
      const before = String(previous["effectiveOn"] ?? "");
      if (String(row["effectiveOn"] ?? "") < before)
        return {
          row: at,
          column: "effectiveOn",
          code: "licensing.changeOutOfOrder",
          message: `调整日期不能早于上一行的调整日期（${before}），请按时间顺序登记`,
        };
      const expected = String(previous["toDepartment"] ?? "").trim();
      if (from !== expected)
        return {
          row: at,
          column: "fromDepartment",
          code: "licensing.brokenChain",
          message: `原审批部门应为上一次调整后的审批部门“${expected}”`,
        };
    }
    previous = row;
  }
  return null;
}

const reassignments: TableFieldDeclaration = {
  name: "reassignments",
  label: "审批部门调整记录",
  kind: "table",
  help: "每次调整审批部门登记一行，按调整日期先后排列；同时修改“审批部门”为调整后的部门",
  maxRows: 50,
  rowsCheck: reassignmentChainProblem,
  columns: [
    { name: "effectiveOn", label: "调整日期", kind: "date", required: true },
    {
      name: "fromDepartment",
      label: "原审批部门",
      kind: "text",
      required: true,
      maxLength: 60,
      searchable: true,
    },
    {
      name: "toDepartment",
      label: "调整后审批部门",
      kind: "text",
      required: true,
      maxLength: 60,
      searchable: true,
    },
    { name: "documentNumber", label: "调整依据文号", kind: "text", maxLength: 60 },
    { name: "reason", label: "调整原因", kind: "text", maxLength: 200 },
  ],
};

const count = (name: string, label: string): FieldDeclaration =>
  byAction({ name, label, kind: "integer", min: 0, max: 999 });

export const licensingItemFields: readonly FieldDeclaration[] = [
  {
    name: "itemCode",
    label: "事项编码",
    kind: "text",
    required: true,
    maxLength: 40,
    searchable: true,
    help: "行政许可事项清单中的事项编码；调整审批部门后编码不变",
  },
  {
    name: "itemName",
    label: "事项名称",
    kind: "text",
    required: true,
    maxLength: 200,
    searchable: true,
  },
  {
    name: "legalBasis",
    label: "设定和实施依据",
    kind: "longText",
    required: true,
    maxLength: 2000,
    searchable: true,
  },
  {
    name: "keeperOrg",
    label: "清单管理单位",
    kind: "org",
    required: true,
    help: "负责维护行政许可事项清单的单位（行政审批服务管理局）",
  },
  {
    name: "approvingOrg",
    label: "审批部门",
    kind: "org",
    required: true,
    help: "现在实施审批的部门",
  },
  { name: "listedOn", label: "列入清单日期", kind: "date", required: true },
  {
    name: "statutoryLimit",
    label: "法定办结时限（工作日）",
    kind: "integer",
    required: true,
    min: 1,
    max: 365,
  },
  {
    name: "promisedLimit",
    label: "承诺办结时限（工作日）",
    kind: "integer",
    required: true,
    min: 0,
    max: 365,
    help: "0 表示即办",
  },
  reassignments,
  byAction({ name: "reformedOn", label: "改革实施日期", kind: "date" }),
  byAction({ name: "reformDocument", label: "改革依据文号", kind: "text", maxLength: 60 }),
  count("timeLimitBefore", "改革前办理时限（工作日）"),
  count("timeLimitAfter", "改革后办理时限（工作日）"),
  count("materialsBefore", "改革前申请材料（件）"),
  count("materialsAfter", "改革后申请材料（件）"),
  count("stepsBefore", "改革前办理环节（个）"),
  count("stepsAfter", "改革后办理环节（个）"),
  count("tripsBefore", "改革前跑动次数（次）"),
  count("tripsAfter", "改革后跑动次数（次）"),
  byAction({ name: "cancelledOn", label: "取消日期", kind: "date" }),
  byAction({ name: "cancelReason", label: "取消原因", kind: "longText", maxLength: 1000 }),
];
