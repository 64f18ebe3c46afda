// The columns of a record type in a spreadsheet: one model for the import template, the export and
// the import reader, so a file exported from fazhi is a file fazhi imports.
import type { RecordTypeDeclaration } from "./declaration.js";
import type { ChoiceOption, FieldDeclaration, RowFieldDeclaration } from "./fields.js";

/** Keys of the columns that are not fields of the declaration. */
export const ROW_KEY = "_row";
export const NUMBER_KEY = "recordNumber";
export const STATE_KEY = "state";

export type SheetColumnKind = RowFieldDeclaration["kind"] | "rowKey" | "recordNumber" | "state";

export interface SheetColumn {
  /** Written to the hidden key row; a field name, or one of the keys above. */
  readonly key: string;
  /** The Chinese header people read and fill under. */
  readonly header: string;
  readonly kind: SheetColumnKind;
  /** Labels offered in the drop-down (choice fields, states). */
  readonly options: readonly ChoiceOption[];
  readonly required: boolean;
  /** How to fill the column, for the instructions sheet and the header's note. */
  readonly note: string;
  /** The field it stands for (absent for the row key, record number and state). */
  readonly field?: RowFieldDeclaration;
}

export interface SheetDeclaration {
  /** Sheet name in the workbook (Excel allows at most 31 characters). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
}

export interface ChildSheet extends SheetDeclaration {
  /** The table field whose rows it holds. */
  readonly field: string;
}

export interface SheetModel {
  readonly typeId: string;
  readonly label: string;
  readonly main: SheetDeclaration;
  readonly children: readonly ChildSheet[];
  /** The import rules on the instructions sheet; absent: the rules of record types. */
  readonly rules?: readonly string[];
}

const DATE_NOTE = "日期，格式 2023-05-18，也可填 2023/5/18 或 Excel 日期";

function noteOf(field: RowFieldDeclaration): string {
  const help = field.help ? `；${field.help}` : "";
  switch (field.kind) {
    case "date":
      return DATE_NOTE + help;
    case "boolean":
      return `填“是”或“否”${help}`;
    case "choice":
      return `从下拉列表选择：${field.options.map((option) => option.label).join("、")}${help}`;
    case "money":
      return `金额（元），最多两位小数${help}`;
    case "integer":
      return `整数${field.min !== undefined ? `，不小于${field.min}` : ""}${field.max !== undefined ? `，不大于${field.max}` : ""}${help}`;
    case "org":
      return `单位名称或单位代码，须为系统中已有的单位${help}`;
    case "user":
      return `用户名或姓名，须为系统中已有的用户${help}`;
    case "idNumber":
      return `18位公民身份号码${help}`;
    case "creditCode":
      return `18位统一社会信用代码${help}`;
    case "phone":
      return `手机或固定电话号码${help}`;
    case "catalogue":
      return `目录中的代码，或“代码 名称”${help}`;
    case "record":
      return `所关联记录的编号，如 侯复〔2023〕12号${help}`;
    case "text":
    case "longText":
      return `文字${field.maxLength !== undefined ? `，不超过${field.maxLength}字` : ""}${help}`;
  }
}

function fieldColumn(field: RowFieldDeclaration): SheetColumn {
  return {
    key: field.name,
    header: field.label,
    kind: field.kind,
    options: field.kind === "choice" ? field.options : [],
    required: field.required === true && field.when === undefined,
    note: noteOf(field),
    field,
  };
}

const isRowField = (field: FieldDeclaration): field is RowFieldDeclaration =>
  field.kind !== "attachment" && field.kind !== "table";

/** Excel refuses sheet names over 31 characters and the characters : \ / ? * [ ]. */
export function sheetNameOf(label: string): string {
  return label.replace(/[:\\/?*[\]]/g, "_").slice(0, 31);
}

export function sheetModelOf(type: RecordTypeDeclaration): SheetModel {
  const rowKey: SheetColumn = {
    key: ROW_KEY,
    header: "序号",
    kind: "rowKey",
    options: [],
    required: false,
    note: "本表中记录的序号；子表各行以此序号对应所属记录",
  };
  const number: SheetColumn = {
    key: NUMBER_KEY,
    header: "编号",
    kind: "recordNumber",
    options: [],
    required: false,
    note: `留空则由系统按年度编号；填写则沿用原编号（如 ${type.numbering.prefix}〔2023〕12号），不得与已有编号重复`,
  };
  const initial = type.workflow.states.find((state) => state.id === type.workflow.initial);
  const state: SheetColumn = {
    key: STATE_KEY,
    header: "状态",
    kind: "state",
    options: type.workflow.states.map((item) => ({ value: item.id, label: item.label })),
    required: false,
    note: `留空为“${initial?.label ?? type.workflow.initial}”；已办结的历史记录填写其状态，并填写该状态所需的日期`,
  };
  const children = type.fields.flatMap((field): ChildSheet[] =>
    field.kind === "table"
      ? [
          {
            field: field.name,
            name: sheetNameOf(field.label),
            columns: [
              { ...rowKey, required: true, note: "所属记录在主表中的序号" },
              ...field.columns.map(fieldColumn),
            ],
          },
        ]
      : [],
  );
  return {
    typeId: type.id,
    label: type.label,
    main: {
      name: sheetNameOf(type.label),
      columns: [rowKey, number, state, ...type.fields.filter(isRowField).map(fieldColumn)],
    },
    children,
  };
}
