// What the spreadsheet layer hands the engine and takes from it: cells keyed by the sheet model's
// column keys, file rows numbered as the user sees them, problems named by sheet, row and column.

/** A cell as read from a file: text, a number, a boolean, a date (Excel date cells), or empty. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number the user sees in the spreadsheet (header rows included), 1-based. */
  readonly line: number;
  /** Cells by column key (SheetColumn.key); absent keys are empty cells. */
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface SheetProblem {
  /** The sheet's name as the user sees it (for CSV, the file's name). */
  readonly sheet: string;
  /** The row number in that sheet; 0 for a problem of the file or sheet as a whole. */
  readonly line: number;
  /** The column header the user sees; "" for a problem of the whole row or file. */
  readonly column: string;
  readonly message: string;
}

export interface SheetFile {
  readonly format: "xlsx" | "csv";
  /** For CSV: the encoding detected. */
  readonly encoding: "utf-8" | "gb18030" | null;
  /** SHA-256 of the file's bytes, hex: recorded in the batch's audit event. */
  readonly sha256: string;
  readonly bytes: number;
  /** Rows of the main sheet, in file order, blank rows skipped. */
  readonly rows: readonly SheetRow[];
  /** Rows of each child sheet, by the table field's name. */
  readonly children: ReadonlyMap<string, readonly SheetRow[]>;
  /** Problems of the file itself: unknown or missing columns, unreadable content. */
  readonly problems: readonly SheetProblem[];
}

/** One record for an export file: cells by column key, and the rows of each child table. */
export interface SheetRecord {
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly children: Readonly<Record<string, readonly Readonly<Record<string, CellValue>>[]>>;
}
