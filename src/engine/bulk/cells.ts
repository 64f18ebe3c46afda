// A spreadsheet cell as the raw value the field parsers take (the JSON a form would send): dates
// typed in the ways people type them, labels for choices, names or codes for organisations.
import type { ChoiceOption } from "../../kernel/fields.js";
import type { SheetColumn } from "../../kernel/sheet-model.js";
import { cellAsText, excelSerialDate } from "../../sheets/cells.js";
import type { CellValue } from "../../sheets/types.js";
import type { Directory } from "./directory.js";

export type CellResult =
  { readonly ok: true; readonly raw: unknown } | { readonly ok: false; readonly message: string };

const ok = (raw: unknown): CellResult => ({ ok: true, raw });
const bad = (message: string): CellResult => ({ ok: false, message });

const pad = (value: number): string => String(value).padStart(2, "0");

/** A whole Excel serial day number (1900 date system) from 1900-01-01 to 9999-12-31 as its day. */
function serialDay(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return excelSerialDate(serial).toISOString().slice(0, 10);
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * `2023-05-18`, `2023/5/18`, `2023.5.18`, `2023年5月18日`, an Excel date cell or an Excel serial
 * number. Excel date cells arrive as UTC midnight of the day shown (the reader's convention), so
 * the UTC calendar day is the day. Whether the day exists is the date parser's check.
 */
export function dateCell(cell: CellValue): string | null {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === "number") return serialDay(cell);
  if (typeof cell !== "string") return null;
  const match = DATE_TEXT.exec(cell.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}

const TRUE = new Set(["是", "true", "TRUE", "True", "1", "Y", "y", "√"]);
const FALSE = new Set(["否", "false", "FALSE", "False", "0", "N", "n", "×"]);

/** A label (as the template's drop-down offers) or the stored value itself. */
export function choiceCell(options: readonly ChoiceOption[], text: string): string | null {
  return (
    options.find((option) => option.label === text)?.value ??
    options.find((option) => option.value === text)?.value ??
    null
  );
}

/** A non-empty cell as text; a TRUE or FALSE cell in a column that is not 是/否 reads true/false. */
const textCell = (cell: CellValue): string =>
  typeof cell === "boolean" ? String(cell) : (cellAsText(cell) ?? "").trim();

const MASKED = /\*{3,}/;

/** The raw value of a cell for its column, or a message saying what is wrong with it. */
export function cellRaw(
  column: SheetColumn,
  cell: CellValue | undefined,
  directory: Directory,
): CellResult {
  if (cell === undefined || cell === null || cell === "") return ok(null);
  switch (column.kind) {
    case "date": {
      const date = dateCell(cell);
      return date === null ? bad(`${column.header}不是有效日期（如 2023-05-18）`) : ok(date);
    }
    case "boolean": {
      const text = textCell(cell);
      if (typeof cell === "boolean") return ok(cell);
      if (TRUE.has(text)) return ok(true);
      if (FALSE.has(text)) return ok(false);
      return bad(`${column.header}应填“是”或“否”`);
    }
    case "integer":
    case "money": {
      if (typeof cell === "number") return ok(cell);
      const text = textCell(cell)
        .replace(/[,，\s]/g, "")
        .replace(/元$/, "");
      return text !== "" && Number.isFinite(Number(text))
        ? ok(Number(text))
        : bad(`${column.header}应为数字`);
    }
    case "choice":
    case "state": {
      const value = choiceCell(column.options, textCell(cell));
      return value === null
        ? bad(
            `${column.header}“${textCell(cell)}”不在可选范围内（${column.options.map((option) => option.label).join("、")}）`,
          )
        : ok(value);
    }
    case "org":
      return directory.org(column.header, textCell(cell));
    case "user":
      return directory.user(column.header, textCell(cell));
    case "idNumber":
    case "phone": {
      const text = textCell(cell);
      // An export shows these masked: a masked value is not the person's number.
      return MASKED.test(text) ? bad(`${column.header}是脱敏显示的值，请填写完整号码`) : ok(text);
    }
    case "catalogue": {
      // "8412 行政复议" as people copy it from the catalogue: the code is the first word.
      const [code = ""] = textCell(cell).split(/\s+/);
      return ok(code);
    }
    case "record": {
      // "侯复〔2023〕12号 张某诉某局" as a list shows it: the number is the first word.
      const [number = ""] = textCell(cell).split(/\s+/);
      return directory.record(column.header, number);
    }
    case "rowKey": {
      const text = textCell(cell);
      return /^\d+$/.test(text) ? ok(Number(text)) : bad(`${column.header}应为正整数`);
    }
    case "recordNumber":
    case "text":
    case "longText":
    case "creditCode":
      return ok(textCell(cell));
  }
}
