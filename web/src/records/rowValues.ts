// Child table rows between the API and the form: numbers as numbers in inputs, and on the way
// back each cell normalised like a field, cells of a column whose condition fails emptied.
import type { Field, FieldValue, RowValues } from "../api/types";
import { normalize } from "./normalize";

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a conditional column applies in this row (always, without a condition). */
export function columnApplies(column: Field, row: Readonly<Record<string, unknown>>): boolean {
  if (column.when === undefined) return true;
  const controlling = row[column.when.field] ?? null;
  return column.when.in.some((value) => value === controlling);
}

export function toFormRows(table: Field, value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRow).map((row) => {
    const copy: Record<string, unknown> = {};
    for (const column of table.columns ?? []) {
      const cell = row[column.name];
      if (cell === null || cell === undefined) continue;
      const isNumber = column.kind === "money" || column.kind === "integer";
      copy[column.name] = isNumber && typeof cell === "string" ? Number(cell) : cell;
    }
    return copy;
  });
}

export function fromFormRows(table: Field, value: unknown): RowValues[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: unknown) => {
    const row = isRow(raw) ? raw : {};
    const result: RowValues = {};
    for (const column of table.columns ?? []) {
      const cell: FieldValue = columnApplies(column, row)
        ? normalize(column, row[column.name])
        : null;
      result[column.name] = cell;
    }
    return result;
  });
}

/** Rows compared cell by cell (the order of keys does not matter). */
export function sameRows(a: readonly RowValues[], b: unknown): boolean {
  if (!Array.isArray(b) || a.length !== b.length) return false;
  return a.every((row, index) => {
    const other: unknown = b[index];
    if (!isRow(other)) return false;
    const keys = new Set([...Object.keys(row), ...Object.keys(other)]);
    return [...keys].every((key) => (row[key] ?? null) === (other[key] ?? null));
  });
}
