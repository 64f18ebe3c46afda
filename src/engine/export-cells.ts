// A record as export cells: what people read in the list (choice labels, names, 是/否), masked,
// keyed by the sheet model's columns, so the file imports back through the same model.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { RowFieldDeclaration } from "../kernel/fields.js";
import { NUMBER_KEY, ROW_KEY, STATE_KEY } from "../kernel/sheet-model.js";
import type { CellValue, SheetRecord } from "../sheets/types.js";
import { rowsOf } from "./rows-text.js";
import type { RecordRow } from "./select.js";

/** Names of the orgs and users child table rows refer to (rows hold their ids). */
export interface NameLookup {
  readonly orgs: ReadonlyMap<number, string>;
  readonly users: ReadonlyMap<number, string>;
}

const textOf = (value: unknown): string =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : JSON.stringify(value);

/** One stored value as a cell; `shown` is the list's label for it (choice label, name), if any. */
export function exportCell(
  field: RowFieldDeclaration,
  value: unknown,
  shown: string | undefined,
): CellValue {
  if (value === null || value === undefined || value === "") return null;
  switch (field.kind) {
    case "choice":
      return (
        shown ?? field.options.find((option) => option.value === value)?.label ?? textOf(value)
      );
    case "org":
    case "user":
    case "catalogue":
    case "record":
      // A name that is gone (a deleted user) still exports something to recognise: the stored id.
      return shown ?? textOf(value);
    case "boolean":
      return value === true ? "是" : "否";
    case "money":
    case "integer":
      return typeof value === "number" ? value : Number(value);
    default:
      return textOf(value);
  }
}

function childName(column: RowFieldDeclaration, value: unknown, names: NameLookup) {
  if (typeof value !== "number") return undefined;
  if (column.kind === "org") return names.orgs.get(value);
  if (column.kind === "user") return names.users.get(value);
  return undefined;
}

/**
 * The export record of a row already masked (maskValues), with its list labels (displayLabels,
 * taken before masking) and its 1-based position in the file, which links its child rows.
 */
export function sheetRecordOf(input: {
  readonly type: RecordTypeDeclaration;
  readonly row: RecordRow;
  readonly display: Readonly<Record<string, string>>;
  readonly position: number;
  readonly names: NameLookup;
}): SheetRecord {
  const { type, row, display, position, names } = input;
  const state = type.workflow.states.find((candidate) => candidate.id === row.state);
  const cells: Record<string, CellValue> = {
    [ROW_KEY]: position,
    [NUMBER_KEY]: row.recordNumber,
    [STATE_KEY]: state?.label ?? row.state,
  };
  const children: Record<string, Record<string, CellValue>[]> = {};
  for (const field of type.fields) {
    if (field.kind === "attachment") continue;
    const value = row.values[field.name];
    if (field.kind !== "table") {
      cells[field.name] = exportCell(field, value, display[field.name]);
      continue;
    }
    children[field.name] = rowsOf(value).map((stored) => {
      const out: Record<string, CellValue> = { [ROW_KEY]: position };
      for (const column of field.columns)
        out[column.name] = exportCell(
          column,
          stored[column.name],
          childName(column, stored[column.name], names),
        );
      return out;
    });
  }
  return { cells, children };
}

/** Org and user ids the child rows of these records hold, to look their names up in one query. */
export function childNameIds(type: RecordTypeDeclaration, rows: readonly RecordRow[]) {
  const orgs = new Set<number>();
  const users = new Set<number>();
  for (const field of type.fields) {
    if (field.kind !== "table") continue;
    const columns = field.columns.filter((c) => c.kind === "org" || c.kind === "user");
    if (columns.length === 0) continue;
    for (const row of rows)
      for (const stored of rowsOf(row.values[field.name]))
        for (const column of columns) {
          const id = stored[column.name];
          if (typeof id === "number") (column.kind === "org" ? orgs : users).add(id);
        }
  }
  return { orgs: [...orgs], users: [...users] };
}
