// How header rows look in every workbook fazhi writes: bold on grey, required columns in red.
import type ExcelJS from "exceljs";
import type { SheetColumn } from "../kernel/sheet-model.js";

const FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };

export function styleHeaderRow(row: ExcelJS.Row, columns: readonly SheetColumn[]): void {
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.font = column.required ? { bold: true, color: { argb: "FFC00000" } } : { bold: true };
    cell.fill = FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}
