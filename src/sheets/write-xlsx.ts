// The .xlsx export, streamed: rows are committed as they come (a million rows never sit in memory),
// child table rows are spooled to disk and written as their own sheets after the main sheet.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetDeclaration, SheetModel } from "../kernel/sheet-model.js";
import { xlsxCell } from "./cell-out.js";
import { roomIn } from "./drain.js";
import { styleHeaderRow } from "./header-style.js";
import { DATE_FORMAT, KEY_LINE, headerText, widthOf } from "./layout.js";
import { SpoolDirectory, type Spool } from "./spool.js";
import type { CellValue, SheetRecord } from "./types.js";

type Worksheet = ExcelJS.Worksheet;

/** A sheet laid out as the template: headers, the hidden key row, widths and date formats. */
export function startSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetDeclaration) {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: KEY_LINE }],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    key: column.key,
    width: widthOf(column),
    ...(column.kind === "date" ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  const headers = worksheet.addRow(sheet.columns.map(headerText));
  styleHeaderRow(headers, sheet.columns);
  headers.commit();
  const keys = worksheet.addRow(sheet.columns.map((column) => column.key));
  keys.hidden = true;
  keys.commit();
  return worksheet;
}

/**
 * One style object per column, shared by its cells: exceljs caches a style's id by object, so a
 * shared object is looked up once, where the fresh merged copy each cell gets by default was
 * rendered to XML and compared for every cell (a quarter of the writing time).
 */
const PLAIN: Partial<ExcelJS.Style> = {};
const DATE: Partial<ExcelJS.Style> = { numFmt: DATE_FORMAT };
const stylesOf = (sheet: SheetDeclaration) =>
  sheet.columns.map((column) => (column.kind === "date" ? DATE : PLAIN));

function addRow(
  worksheet: Worksheet,
  sheet: SheetDeclaration,
  cells: readonly CellValue[],
  styles: readonly Partial<ExcelJS.Style>[],
): void {
  const row = worksheet.addRow(sheet.columns.map((column, i) => xlsxCell(column, cells[i])));
  // Empty cells too: exceljs writes them, each with its own style object otherwise.
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.style = styles[column - 1] ?? PLAIN;
  });
  row.commit();
}

export interface SheetWriter {
  write(record: SheetRecord): Promise<void>;
  /** Completes the file and ends the stream. */
  close(): Promise<void>;
  /** After a failure: removes temporary files; the stream is left to the caller to destroy. */
  abort(): Promise<void>;
}

export function xlsxWriter(model: SheetModel, out: Writable): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const main = startSheet(workbook, model.main);
  const mainStyles = stylesOf(model.main);
  const spools = SpoolDirectory.create();
  const childSpools = new Map<string, Spool>();
  const spoolOf = async (field: string): Promise<Spool> => {
    let spool = childSpools.get(field);
    if (!spool) {
      spool = (await spools).spool(field);
      childSpools.set(field, spool);
    }
    return spool;
  };
  return {
    async write(record) {
      addRow(
        main,
        model.main,
        model.main.columns.map((column) => record.cells[column.key] ?? null),
        mainStyles,
      );
      for (const child of model.children) {
        const rows = record.children[child.field] ?? [];
        if (rows.length === 0) continue;
        const spool = await spoolOf(child.field);
        for (const row of rows)
          await spool.add(
            child.columns.map((column) =>
              column.key === "_row" ? (record.cells["_row"] ?? null) : (row[column.key] ?? null),
            ),
          );
      }
      // A slow reader (a download over a county network) holds the writer back, not memory.
      await roomIn(out);
    },
    async close() {
      main.commit();
      try {
        for (const child of model.children) {
          const worksheet = startSheet(workbook, child);
          const spool = childSpools.get(child.field);
          const styles = stylesOf(child);
          if (spool) {
            for await (const cells of spool.rows()) {
              addRow(worksheet, child, cells, styles);
              await roomIn(out);
            }
          }
          worksheet.commit();
        }
        await workbook.commit();
      } finally {
        await (await spools).remove();
      }
    },
    async abort() {
      await (await spools).remove();
    },
  };
}
