// Child table rows as people read them: a cell's text, a row's summary, the rows of a table in one
// line (CSV export, titles), masked identifiers and the searchable text of the rows.
import { maskIdentifier } from "../kernel/codes.js";
import type {
  FieldDeclaration,
  RowFieldDeclaration,
  TableFieldDeclaration,
} from "../kernel/fields.js";
import { moneyText } from "../kernel/money-text.js";

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The rows of a stored table value; anything else (null, a damaged value) reads as no rows. */
export function rowsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRow) : [];
}

const SENSITIVE = new Set(["idNumber", "phone"]);

export const isSensitiveColumn = (column: RowFieldDeclaration): boolean =>
  SENSITIVE.has(column.kind);

/** One cell as text: choice labels, 是/否, money with two decimals; null when empty. */
export function cellText(column: RowFieldDeclaration, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  const plain =
    typeof value === "string" || typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : null;
  switch (column.kind) {
    case "choice":
      return column.options.find((option) => option.value === value)?.label ?? plain;
    case "boolean":
      return value === true ? "是" : "否";
    case "money":
      return moneyText(value) ?? plain;
    default:
      return plain;
  }
}

/** "王秀兰（类别：自然人，身份证号：340524********001X）": the first column, then the rest labelled. */
export function rowSummary(table: TableFieldDeclaration, row: Readonly<Record<string, unknown>>) {
  const [first, ...rest] = table.columns;
  const head = first === undefined ? null : cellText(first, row[first.name]);
  const details = rest.flatMap((column) => {
    const text = cellText(column, row[column.name]);
    return text === null ? [] : [`${column.label}：${text}`];
  });
  const lead = head ?? "（未填写）";
  return details.length === 0 ? lead : `${lead}（${details.join("，")}）`;
}

/** Every row in one cell, separated by 「；」 (the CSV export; the values should be masked first). */
export function rowsText(table: TableFieldDeclaration, value: unknown): string {
  return rowsOf(value)
    .map((row) => rowSummary(table, row))
    .join("；");
}

/** "王秀兰、李建国": the first column of each row, as a title or a list column shows a table. */
export function rowsTitle(table: TableFieldDeclaration, value: unknown): string {
  const [first] = table.columns;
  if (first === undefined) return "";
  return rowsOf(value)
    .map((row) => cellText(first, row[first.name]))
    .filter((text): text is string => text !== null)
    .join("、");
}

/** A copy of the rows with ID and phone numbers masked, except the columns in `unmasked`. */
export function maskRows(
  table: TableFieldDeclaration,
  value: unknown,
  unmasked: ReadonlySet<string> = new Set(),
): Record<string, unknown>[] {
  const masked = table.columns.filter(
    (column) => isSensitiveColumn(column) && !unmasked.has(column.name),
  );
  return rowsOf(value).map((row) => {
    const copy = { ...row };
    for (const column of masked) {
      const cell = copy[column.name];
      if (typeof cell === "string") copy[column.name] = maskIdentifier(cell);
    }
    return copy;
  });
}

/** The searchable columns' text of every row, for the record's search text. */
export function rowsSearchText(table: TableFieldDeclaration, value: unknown): string[] {
  const columns = table.columns.filter((column) => column.searchable === true);
  return rowsOf(value).flatMap((row) =>
    columns.flatMap((column) => {
      const cell = row[column.name];
      return typeof cell === "string" && cell !== "" ? [cell] : [];
    }),
  );
}

/**
 * A form sends back the rows it was shown, ID and phone numbers masked. A masked cell is never a
 * valid number, so it stands for the stored value it masks: the same row's if that matches, else
 * the only stored value of the column with that mask. The rest are parsed (and refused) as sent.
 */
export function restoreMaskedCells(
  table: TableFieldDeclaration,
  sent: unknown,
  stored: unknown,
): unknown {
  if (!Array.isArray(sent)) return sent;
  const before = rowsOf(stored);
  const columns = table.columns.filter(isSensitiveColumn);
  return sent.map((row: unknown, index) => {
    if (!isRow(row)) return row;
    const copy = { ...row };
    for (const column of columns) {
      const cell = copy[column.name];
      if (typeof cell !== "string" || !cell.includes("*")) continue;
      const same = before[index]?.[column.name];
      if (typeof same === "string" && maskIdentifier(same) === cell) {
        copy[column.name] = same;
        continue;
      }
      const matches = before
        .map((candidate) => candidate[column.name])
        .filter((value): value is string => typeof value === "string")
        .filter((value) => maskIdentifier(value) === cell);
      if (new Set(matches).size === 1) copy[column.name] = matches[0];
    }
    return copy;
  });
}

/** The values of an edit or action with the masked cells of each table restored from the record. */
export function restoreMaskedValues(
  fields: readonly FieldDeclaration[],
  raw: unknown,
  stored: Readonly<Record<string, unknown>>,
): unknown {
  if (!isRow(raw)) return raw;
  const copy: Record<string, unknown> = { ...raw };
  for (const field of fields)
    if (field.kind === "table" && field.name in copy)
      copy[field.name] = restoreMaskedCells(field, copy[field.name], stored[field.name]);
  return copy;
}
