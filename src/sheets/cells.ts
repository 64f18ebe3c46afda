// An Excel cell as the engine reads it. Formulas are never evaluated: a formula cell is its cached
// result, as Excel last saved it. Dates are JavaScript Dates at UTC midnight of the date shown.
import type ExcelJS from "exceljs";
import type { CellValue } from "./types.js";

export type CellReading =
  | { readonly ok: true; readonly value: CellValue }
  | { readonly ok: false; readonly message: string };

const value = (v: CellValue): CellReading => ({ ok: true, value: v });
const problem = (message: string): CellReading => ({ ok: false, message });

/**
 * Text trimmed, and empty text is no value (so a cell of spaces is an empty cell). The text is
 * copied: a cell's text is a slice of the XML or CSV chunk the parser read, and V8 keeps the whole
 * chunk alive for as long as the slice lives — every row of a file kept would hold the whole file.
 */
export function textValue(text: string): CellValue {
  const trimmed = text.trim();
  return trimmed === "" ? null : Buffer.from(trimmed, "utf8").toString("utf8");
}

/**
 * A read cell as text, null when empty. Excel keeps digits typed into a number cell (an org code,
 * a phone number) as a number: whole numbers are written out in full, never as 1.41021e+8. A date
 * cell is its day; 是/否 stand for TRUE and FALSE.
 */
export function cellAsText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "是" : "否";
  return value.toISOString().slice(0, 10);
}

/** Excel's own test: a number format with day, month, year or time parts shows a date. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || format === "General" || format === "@") return false;
  const plain = format.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhs]/i.test(plain);
}

/** An Excel serial day number (1900 date system) as the UTC instant it shows. */
export const excelSerialDate = (serial: number): Date =>
  new Date(Math.round((serial - 25569) * 86_400_000));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function richText(v: Record<string, unknown>): string | null {
  const runs = v["richText"];
  if (!Array.isArray(runs)) return null;
  return runs
    .map((run: unknown) => (isObject(run) && typeof run["text"] === "string" ? run["text"] : ""))
    .join("");
}

function fromNumber(n: number, numFmt: string | undefined): CellReading {
  if (!Number.isFinite(n)) return problem("单元格的值不是有效数字");
  return value(isDateFormat(numFmt) ? excelSerialDate(n) : n);
}

/** One cell's value as exceljs gives it (streaming or whole-workbook reader). */
export function readCell(raw: ExcelJS.CellValue | undefined, numFmt?: string): CellReading {
  if (raw === null || raw === undefined) return value(null);
  if (typeof raw === "string") return value(textValue(raw));
  if (typeof raw === "number") return fromNumber(raw, numFmt);
  if (typeof raw === "boolean") return value(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? problem("日期无效") : value(raw);
  const v = raw as unknown as Record<string, unknown>;
  if ("error" in v) return problem(`单元格为错误值 ${String(v["error"])}`);
  if ("formula" in v || "sharedFormula" in v) {
    // The cached result only: fazhi never evaluates what a file asks it to compute.
    const result = v["result"];
    if (result === undefined || result === null)
      return problem("公式没有保存的计算结果：请在 Excel 中打开并保存后再导入（系统不计算公式）");
    if (typeof result === "number" && Number.isNaN(result))
      return problem("公式的计算结果是错误值");
    if (isObject(result) && "error" in result)
      return problem(`公式的计算结果是错误值 ${String(result["error"])}`);
    return readCell(result as ExcelJS.CellValue, numFmt);
  }
  const rich = richText(v);
  if (rich !== null) return value(textValue(rich));
  // A hyperlink reads as the text it shows, never the address behind it.
  if (typeof v["text"] === "string") return value(textValue(v["text"]));
  if (isObject(v["text"])) return readCell(v["text"] as unknown as ExcelJS.CellValue, numFmt);
  return problem("无法识别的单元格内容");
}
