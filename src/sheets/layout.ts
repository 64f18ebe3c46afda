// The layout every workbook fazhi writes shares (template and export), and the reader relies on:
// row 1 the Chinese headers, row 2 the column keys, hidden, so a renamed header still maps.
import type { SheetColumn } from "../kernel/sheet-model.js";

export const HEADER_LINE = 1;
export const KEY_LINE = 2;
/** The first data row of a sheet that has the key row. */
export const FIRST_DATA_LINE = 3;

/** Sheets of a template that hold no records: the reader passes over them. */
export const INSTRUCTIONS_SHEET = "填写说明";
export const OPTIONS_SHEET = "下拉选项";

/** Required columns are marked in the header text too, so the mark survives a copy as values. */
export const headerText = (column: SheetColumn): string =>
  column.required ? `${column.header}*` : column.header;

/** A header as typed, with the required mark people add or keep taken off. */
export function bareHeader(text: string): string {
  return text
    .trim()
    .replace(/\s*([*＊]|[（(]必填[)）])$/u, "")
    .trim();
}

export const DATE_FORMAT = "yyyy-mm-dd";

/** Column width in characters: wide enough for the header, or for a date or a name. */
export function widthOf(column: SheetColumn): number {
  const base = column.kind === "longText" ? 40 : column.kind === "date" ? 12 : 16;
  return Math.max(base, column.header.length * 2 + 4);
}
