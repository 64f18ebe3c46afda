// Parses the rows of a child table: each cell typed and checked like a field, errors naming the
// row and the column (`parties[2].idNumber`, rows counted from 1 as people count them).
import { applies, conditionText } from "./conditions.js";
import type { FieldValueError, TableFieldDeclaration } from "./fields.js";
import { parseFieldValue, type RowValues, type ScalarValue } from "./values.js";

export interface CellProblem extends FieldValueError {
  /** `parties[2].idNumber`, or `parties` for the table as a whole. */
  readonly field: string;
}

export type ParsedRows =
  | { readonly ok: true; readonly value: readonly RowValues[] }
  | { readonly ok: false; readonly problems: readonly CellProblem[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const DEFAULT_MAX_ROWS = 200;

function parseRow(
  table: TableFieldDeclaration,
  raw: unknown,
  position: number,
  problems: CellProblem[],
): RowValues {
  const at = (column: string) => `${table.name}[${position}].${column}`;
  const rowLabel = `${table.label}第${position}行`;
  if (!isObject(raw)) {
    problems.push({
      field: `${table.name}[${position}]`,
      code: "row.notObject",
      message: `${rowLabel}格式不正确`,
    });
    return {};
  }
  const columns = new Map(table.columns.map((column) => [column.name, column]));
  const row: Record<string, ScalarValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const column = columns.get(name);
    if (!column) {
      problems.push({
        field: at(name),
        code: "field.unknown",
        message: `${rowLabel}：未知字段 ${name}`,
      });
      continue;
    }
    const parsed = parseFieldValue(column, value);
    if (parsed.ok) row[name] = parsed.value;
    else
      problems.push({
        field: at(name),
        code: parsed.error.code,
        message: `${rowLabel}：${parsed.error.message}`,
      });
  }
  for (const column of table.columns) {
    const value = row[column.name] ?? null;
    const shown = applies(column, (name) => row[name] ?? null);
    if (!shown && value !== null) {
      problems.push({
        field: at(column.name),
        code: "field.notApplicable",
        message: `${rowLabel}：${column.label}${conditionText(column, table.columns)}`,
      });
    } else if (shown && column.required === true && value === null) {
      if (!problems.some((problem) => problem.field === at(column.name)))
        problems.push({
          field: at(column.name),
          code: "field.required",
          message: `${rowLabel}：请填写${column.label}`,
        });
    }
    row[column.name] = shown ? value : null;
  }
  return row;
}

/** `raw` is a JSON array of row objects; null, undefined and [] mean no rows. */
export function parseRows(table: TableFieldDeclaration, raw: unknown): ParsedRows {
  if (raw === null || raw === undefined) return { ok: true, value: [] };
  if (!Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        { field: table.name, code: "field.notRows", message: `${table.label}应为表格行的列表` },
      ],
    };
  }
  const max = table.maxRows ?? DEFAULT_MAX_ROWS;
  if (raw.length > max) {
    return {
      ok: false,
      problems: [
        { field: table.name, code: "rows.tooMany", message: `${table.label}最多${max}行` },
      ],
    };
  }
  const problems: CellProblem[] = [];
  const rows = raw.map((row, index) => parseRow(table, row, index + 1, problems));
  if (problems.length > 0) return { ok: false, problems };
  const across = table.rowsCheck?.(rows) ?? null;
  if (across) {
    const { row, column, code, message } = across;
    return {
      ok: false,
      problems: [
        {
          field: `${table.name}[${row}].${column}`,
          code,
          message: `${table.label}第${row}行：${message}`,
        },
      ],
    };
  }
  return { ok: true, value: rows };
}

/** Rows a required table needs: its minRows, at least one. */
export const minimumRows = (table: TableFieldDeclaration): number =>
  table.required === true ? Math.max(1, table.minRows ?? 1) : (table.minRows ?? 0);
