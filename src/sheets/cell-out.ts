// Cells as the export writes them: dates as date cells (xlsx) or ISO text (CSV), booleans 是/否.
import type { SheetColumn } from "../kernel/sheet-model.js";
import type { CellValue } from "./types.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The engine's values as an Excel cell: an ISO date in a date column becomes a date cell. */
export function xlsxCell(column: SheetColumn, value: CellValue | undefined): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (column.kind === "date" && typeof value === "string" && ISO_DATE.test(value))
    // UTC midnight is the date itself in exceljs, which reads it back the same way.
    return new Date(`${value}T00:00:00Z`);
  if (typeof value === "boolean") return value ? "是" : "否";
  return value;
}

/** A value as text: dates of a date column as 2023-05-18, other instants in ISO form. */
export function plainText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "boolean") return value ? "是" : "否";
  return String(value);
}

/** A leading = + - @ would run as a formula when a spreadsheet opens the CSV. */
export const guardFormula = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);
