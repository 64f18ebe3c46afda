// Which file column holds which model column: by the hidden key row when the file has one (headers
// may then be renamed freely), else by the header text. Problems name the header the user sees.
import type { SheetColumn, SheetDeclaration } from "../kernel/sheet-model.js";
import { bareHeader } from "./layout.js";
import type { SheetProblem } from "./types.js";

export interface ColumnMap {
  /** Model column by file column index (0-based); a gap is a column the reader passes over. */
  readonly columns: readonly (SheetColumn | undefined)[];
  /** Whether row 2 was the key row (data then starts on row 3). */
  readonly hasKeyRow: boolean;
  readonly problems: readonly SheetProblem[];
}

const KEY_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Row 2 is the key row when it names at least one key of the sheet and holds nothing but
 * identifiers: a data row of Chinese names, dates and numbers never looks like that.
 */
export function isKeyRow(sheet: SheetDeclaration, cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== "");
  const keys = new Set(sheet.columns.map((column) => column.key));
  return (
    filled.some((cell) => keys.has(cell)) &&
    filled.every((cell) => KEY_SHAPE.test(cell) && !/^\d/.test(cell))
  );
}

export function mapColumns(input: {
  readonly sheet: SheetDeclaration;
  /** The name problems carry: the sheet's, or the CSV file's. */
  readonly sheetLabel: string;
  readonly headers: readonly string[];
  /** Row 2's cells as text; null when the file has no second row. */
  readonly secondRow: readonly string[] | null;
  /** Headers that name something the file cannot hold here, with the reason (CSV: child tables). */
  readonly refused?: ReadonlyMap<string, string>;
}): ColumnMap {
  const { sheet, sheetLabel, headers, secondRow } = input;
  const problems: SheetProblem[] = [];
  const hasKeyRow = secondRow !== null && isKeyRow(sheet, secondRow);
  const byKey = new Map(sheet.columns.map((column) => [column.key, column]));
  const byHeader = new Map(sheet.columns.map((column) => [column.header, column]));
  const keyCells = hasKeyRow ? secondRow : [];
  const width = Math.max(headers.length, keyCells.length);
  const columns: (SheetColumn | undefined)[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < width; i += 1) {
    const header = (headers[i] ?? "").trim();
    const key = (keyCells[i] ?? "").trim();
    const shown = header || key;
    if (shown === "") {
      columns.push(undefined);
      continue;
    }
    const refusal = input.refused?.get(bareHeader(header));
    if (refusal !== undefined) {
      problems.push({ sheet: sheetLabel, line: 1, column: header, message: refusal });
      columns.push(undefined);
      continue;
    }
    const column = hasKeyRow && key !== "" ? byKey.get(key) : byHeader.get(bareHeader(header));
    if (!column) {
      problems.push({ sheet: sheetLabel, line: 1, column: shown, message: `未知列“${shown}”` });
      columns.push(undefined);
      continue;
    }
    if (seen.has(column.key)) {
      problems.push({
        sheet: sheetLabel,
        line: 1,
        column: shown,
        message: `列“${column.header}”出现了不止一次`,
      });
      columns.push(undefined);
      continue;
    }
    seen.add(column.key);
    columns.push(column);
  }
  for (const column of sheet.columns) {
    if (column.required && !seen.has(column.key))
      problems.push({
        sheet: sheetLabel,
        line: 1,
        column: column.header,
        message: `缺少必填列“${column.header}”`,
      });
  }
  return { columns, hasKeyRow, problems };
}
