// Rows of one sheet as they are read: the first two rows decide the columns, the rest become
// SheetRows (blank rows skipped) and cell problems named by row and header.
import type { SheetDeclaration } from "../kernel/sheet-model.js";
import type { CellReading } from "./cells.js";
import { mapColumns, type ColumnMap } from "./columns.js";
import type { CellValue, SheetProblem, SheetRow } from "./types.js";

/** A row of the file: its number and its cells by 0-based column index (sparse). */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly (CellReading | undefined)[];
}

const cellText = (cell: CellReading | undefined): string => {
  if (cell?.ok !== true || cell.value === null) return "";
  return cell.value instanceof Date ? cell.value.toISOString() : String(cell.value);
};

export class SheetCollector {
  readonly rows: SheetRow[] = [];
  readonly problems: SheetProblem[] = [];
  /** Whether any row held any value: an empty extra sheet (Sheet2) is no problem. */
  hasContent = false;
  private headers: RawRow | null = null;
  private second: RawRow | null = null;
  private map: ColumnMap | null = null;
  private headerTexts: string[] = [];
  private unnamedReported = false;

  constructor(
    readonly declaration: SheetDeclaration,
    /** The sheet name problems carry (for CSV, the file's name). */
    readonly label: string,
    private readonly refused?: ReadonlyMap<string, string>,
  ) {}

  add(row: RawRow): void {
    if (row.cells.some((cell) => cell !== undefined && (!cell.ok || cell.value !== null)))
      this.hasContent = true;
    if (this.map === null) {
      if (row.line === 1) {
        this.headers = row;
        return;
      }
      if (row.line === 2) {
        this.second = row;
        return;
      }
      this.decide();
    }
    this.addData(row);
  }

  /** Call after the last row. */
  finish(): void {
    if (this.map === null) this.decide();
  }

  private decide(): void {
    this.headerTexts = (this.headers?.cells ?? []).map(cellText);
    const secondRow = this.second ? [...this.second.cells].map(cellText) : null;
    this.map = mapColumns({
      sheet: this.declaration,
      sheetLabel: this.label,
      headers: this.headerTexts,
      secondRow,
      ...(this.refused ? { refused: this.refused } : {}),
    });
    this.problems.push(...this.map.problems);
    if (this.second && !this.map.hasKeyRow) this.addData(this.second);
  }

  private addData(row: RawRow): void {
    const map = this.map;
    if (map === null) return;
    const cells: Record<string, CellValue> = {};
    let filled = false;
    for (const [index, cell] of row.cells.entries()) {
      if (cell === undefined) continue;
      const column = map.columns[index];
      const header = this.headerTexts[index] ?? "";
      if (!cell.ok) {
        this.problems.push({
          sheet: this.label,
          line: row.line,
          column: column?.header ?? header,
          message: cell.message,
        });
        continue;
      }
      if (cell.value === null) continue;
      if (column) {
        cells[column.key] = cell.value;
        filled = true;
      } else if (header === "" && !this.unnamedReported) {
        // Unknown headers were reported once already; values under no header at all would be lost.
        this.unnamedReported = true;
        this.problems.push({
          sheet: this.label,
          line: row.line,
          column: "",
          message: `第${index + 1}列没有列名，其中的内容无法导入`,
        });
      }
    }
    if (filled) this.rows.push({ line: row.line, cells });
  }
}
