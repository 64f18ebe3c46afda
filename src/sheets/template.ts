// The import template of a record type: one sheet per model sheet (headers, hidden key row, notes,
// drop-downs, date formats) and a 填写说明 sheet that says how to fill each column.
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import type { SheetColumn, SheetDeclaration, SheetModel } from "../kernel/sheet-model.js";
import {
  DATE_FORMAT,
  FIRST_DATA_LINE,
  HEADER_LINE,
  INSTRUCTIONS_SHEET,
  KEY_LINE,
  OPTIONS_SHEET,
  headerText,
  widthOf,
} from "./layout.js";
import { styleHeaderRow } from "./header-style.js";

/** Rows the drop-downs cover; more rows still import, they only lack the drop-down. */
export const TEMPLATE_ROWS = 10_000;

/** Excel keeps an inline list formula to 255 characters, and a comma would split a label. */
const INLINE_LIST_LIMIT = 255;

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Options too long for an inline list go on a hidden sheet, one column per list. */
class OptionLists {
  private sheet: ExcelJS.Worksheet | null = null;
  private used = 0;
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formulaOf(labels: readonly string[]): string {
    const inline = `"${labels.join(",")}"`;
    if (inline.length <= INLINE_LIST_LIMIT && !labels.some((label) => /[,"]/.test(label)))
      return inline;
    const sheet = (this.sheet ??= this.workbook.addWorksheet(OPTIONS_SHEET, { state: "hidden" }));
    this.used += 1;
    const letter = columnLetter(this.used);
    labels.forEach((label, i) => {
      sheet.getCell(`${letter}${i + 1}`).value = label;
    });
    return `'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`;
  }
}

/** exceljs has sheet-wide validations by range, which its typings leave out. */
const validationsOf = (worksheet: ExcelJS.Worksheet) =>
  (
    worksheet as unknown as {
      dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;

function addSheet(workbook: ExcelJS.Workbook, lists: OptionLists, sheet: SheetDeclaration): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    // Both header rows stay in view; the key row is hidden anyway.
    views: [{ state: "frozen", ySplit: KEY_LINE }],
  });
  const headers = worksheet.getRow(HEADER_LINE);
  const keys = worksheet.getRow(KEY_LINE);
  sheet.columns.forEach((column, i) => {
    const index = i + 1;
    const cell = headers.getCell(index);
    cell.value = headerText(column);
    cell.note = column.note;
    keys.getCell(index).value = column.key;
    const letter = columnLetter(index);
    const sheetColumn = worksheet.getColumn(index);
    sheetColumn.width = widthOf(column);
    if (column.kind === "date") sheetColumn.numFmt = DATE_FORMAT;
    // Codes and numbers people type as text (ID numbers, phone numbers) must not turn into numbers.
    if (isTextColumn(column)) sheetColumn.numFmt = "@";
    const labels = column.options.map((option) => option.label);
    if (column.kind === "boolean") labels.push("是", "否");
    if (labels.length > 0) {
      validationsOf(worksheet).add(
        `${letter}${FIRST_DATA_LINE}:${letter}${TEMPLATE_ROWS + FIRST_DATA_LINE - 1}`,
        {
          type: "list",
          allowBlank: true,
          formulae: [lists.formulaOf(labels)],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: column.header,
          error: `请从下拉列表选择${column.header}`,
        },
      );
    }
  });
  styleHeaderRow(headers, sheet.columns);
  keys.hidden = true;
}

const TEXT_KINDS = new Set([
  "idNumber",
  "creditCode",
  "phone",
  "catalogue",
  "recordNumber",
  "record",
]);
const isTextColumn = (column: SheetColumn): boolean => TEXT_KINDS.has(column.kind);

const GENERAL_RULES = [
  "一个文件中的记录全部检查通过后才会导入；有任何一处错误，整个文件都不导入，并给出错误清单（工作表、行号、列、问题）。",
  "第1行是列名，带“*”的列必须填写；第2行是隐藏的列代码，请勿删除或修改，系统据此识别各列（列名改动也不影响）。",
  "“序号”用于对应主表记录与明细表各行：明细表中每行填写它所属记录在主表中的序号；主表序号不得重复。",
  "“状态”留空为新登记；已办结的历史记录填写其状态，并填写该状态所需的日期（如决定日期、结案日期），历史记录按其日期计算期限。",
  "日期填写为 2023-05-18 或 Excel 日期格式；金额以元为单位；下拉列表中的列请从列表中选择。",
  "单元格中的公式不会被执行，只读取 Excel 保存时的计算结果；请勿依赖宏。",
  "也可以导入 CSV 文件（只能填写主表，不能填写明细表）：编码为 UTF-8（可带 BOM）或 GB18030/GBK（Excel“CSV（逗号分隔）”的默认编码均可识别），第1行为列名。",
];

function addInstructions(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [
    { header: "工作表", key: "sheet", width: 18 },
    { header: "列名", key: "header", width: 20 },
    { header: "必填", key: "required", width: 8 },
    { header: "填写说明", key: "note", width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const declaration of [model.main, ...model.children]) {
    for (const column of declaration.columns) {
      sheet.addRow({
        sheet: declaration.name,
        header: column.header,
        required: column.required ? "是" : "",
        note: column.note,
      });
    }
  }
  sheet.addRow([]);
  sheet.addRow(["导入规则"]).font = { bold: true };
  (model.rules ?? GENERAL_RULES).forEach((rule, i) => sheet.addRow([`${i + 1}. ${rule}`]));
}

/** The workbook as an object, for writeTemplate and for tests that look inside. */
export function templateWorkbook(model: SheetModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "fazhi";
  const lists = new OptionLists(workbook);
  addSheet(workbook, lists, model.main);
  for (const child of model.children) addSheet(workbook, lists, child);
  addInstructions(workbook, model);
  // The options sheet, if any, was added among the others; Excel does not mind where it sits.
  return workbook;
}

/** Writes the template to a file path, or to a stream, which it ends. */
export async function writeTemplate(model: SheetModel, out: Writable | string): Promise<void> {
  const workbook = templateWorkbook(model);
  if (typeof out === "string") {
    await workbook.xlsx.writeFile(out);
    return;
  }
  await workbook.xlsx.write(out);
  out.end();
  await finished(out);
}
