// Export files and the import's error sheet: one streaming writer per format, the same sheet
// layout as the template, so an exported .xlsx imports back.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetModel } from "../kernel/sheet-model.js";
import { csvLine, csvWriter, writeText } from "./write-csv.js";
import { xlsxWriter, type SheetWriter } from "./write-xlsx.js";
import type { SheetProblem } from "./types.js";
import { roomIn } from "./drain.js";
import { once } from "node:events";

export type { SheetWriter };
export type SheetFormat = "xlsx" | "csv";

export const CONTENT_TYPES: Readonly<Record<SheetFormat, string>> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/** Records are written in the order given; `close` ends `out` once the file is complete. */
export function openSheetWriter(
  model: SheetModel,
  format: SheetFormat,
  out: Writable,
): SheetWriter {
  return format === "xlsx" ? xlsxWriter(model, out) : csvWriter(model, out);
}

const PROBLEM_HEADERS = ["工作表", "行号", "列", "问题"];
const problemCells = (problem: SheetProblem): string[] => [
  problem.sheet,
  problem.line === 0 ? "" : String(problem.line),
  problem.column,
  problem.message,
];

/** The downloadable list of what stops an import: one row per problem, in the order found. */
export async function writeProblemSheet(
  problems: readonly SheetProblem[],
  out: Writable,
  format: SheetFormat,
): Promise<void> {
  if (format === "csv") {
    await writeText(out, `\uFEFF${csvLine(PROBLEM_HEADERS)}`);
    for (const problem of problems) await writeText(out, csvLine(problemCells(problem)));
    out.end();
    await once(out, "finish");
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet("错误清单", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 18 }, { width: 8 }, { width: 20 }, { width: 80 }];
  const header = sheet.addRow(PROBLEM_HEADERS);
  header.font = { bold: true };
  header.commit();
  for (const problem of problems) {
    const [name, line, column, message] = problemCells(problem);
    // The row number as a number, so the sheet sorts and filters by it.
    sheet.addRow([name, line === "" ? null : Number(line), column, message]).commit();
    await roomIn(out);
  }
  sheet.commit();
  await workbook.commit();
}
