// Workbooks built in code for the sheet tests: no binary fixtures in the repository.
import ExcelJS from "exceljs";
import { reconsideration } from "../domains/reconsideration/index.js";
import { sheetModelOf } from "../kernel/sheet-model.js";

export const model = sheetModelOf(reconsideration);

type Cell = ExcelJS.CellValue;

/** An .xlsx with the given sheets, each a list of rows from row 1. */
export async function workbookBytes(
  sheets: Readonly<Record<string, readonly (readonly Cell[])[]>>,
  dress?: (workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  dress?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The main sheet's keys of a few required columns, for short test rows. */
export const KEYS = ["_row", "applicantName", "applicantKind", "receivedDate"] as const;
export const HEADERS = ["序号", "申请人*", "申请人类型", "收到申请日期"] as const;

/** A workbook file opened whole, as Excel would show it. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}
