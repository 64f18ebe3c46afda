// Reads an .xlsx (or .xlsm: values only, nothing in it runs) with exceljs's streaming reader, sheet
// by sheet and row by row, so a large file never becomes one workbook object in memory.
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetDeclaration, SheetModel } from "../kernel/sheet-model.js";
import { readCell, type CellReading } from "./cells.js";
import { SheetCollector, type RawRow } from "./collect.js";
import { INSTRUCTIONS_SHEET, OPTIONS_SHEET } from "./layout.js";
import "./unzip-patch.js";
import type { SheetProblem, SheetRow } from "./types.js";

export interface SheetsRead {
  readonly rows: readonly SheetRow[];
  readonly children: ReadonlyMap<string, readonly SheetRow[]>;
  readonly problems: readonly SheetProblem[];
}

const PASSED_OVER = new Set([INSTRUCTIONS_SHEET, OPTIONS_SHEET]);

function rawRow(row: ExcelJS.Row): RawRow {
  const cells: (CellReading | undefined)[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = readCell(cell.value, cell.numFmt);
  });
  return { line: row.number, cells };
}

/**
 * exceljs 4.4.0 parses a sheet on the spot once it has the shared strings and the workbook's
 * relationships, and then looks its name up in xl/workbook.xml, which it may not have read yet
 * (zip entry order is the writer's choice; exceljs's own writer puts workbook.xml last): it throws
 * on `this.model.sheets`. Holding the relationships back until workbook.xml is read makes such
 * sheets wait in a temporary file, the reader's own path for sheets that come early.
 */
function deferSheetsUntilWorkbook(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  let rels: unknown;
  Object.defineProperty(reader, "workbookRels", {
    get(this: { model?: unknown }) {
      return this.model === undefined ? undefined : rels;
    },
    set(value: unknown) {
      rels = value;
    },
    configurable: true,
  });
}

export async function readXlsx(
  model: SheetModel,
  input: Readable,
  fileName: string,
  onRow: () => void,
): Promise<SheetsRead> {
  const byName = new Map<string, { declaration: SheetDeclaration; field: string | null }>([
    [model.main.name, { declaration: model.main, field: null }],
    ...model.children.map(
      (child) => [child.name, { declaration: child, field: child.field }] as const,
    ),
  ]);
  const known = new Map<string, SheetCollector>();
  // Sheets named as nothing in the model: one of them may be the main sheet under another name.
  const others: SheetCollector[] = [];
  let sheets = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles tell date cells from numbers; hyperlinks read as the text they show.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  deferSheetsUntilWorkbook(reader);
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${sheets}`;
      const target = byName.get(name);
      if (PASSED_OVER.has(name) || (target && known.has(name))) {
        for await (const _row of worksheet) {
          // Drained unread: the instructions and option lists hold no records.
        }
        continue;
      }
      const collector = new SheetCollector(target?.declaration ?? model.main, name);
      if (target) known.set(name, collector);
      else others.push(collector);
      for await (const row of worksheet) {
        collector.add(rawRow(row));
        onRow();
      }
      collector.finish();
    }
  } catch {
    return {
      rows: [],
      children: new Map(),
      problems: [
        fileProblem(fileName, `无法读取文件“${fileName}”：文件已损坏，或不是 Excel 工作簿`),
      ],
    };
  } finally {
    // A read that failed part way leaves the file open otherwise.
    input.destroy();
  }
  if (sheets === 0)
    return {
      rows: [],
      children: new Map(),
      problems: [
        fileProblem(fileName, `文件“${fileName}”中没有工作表，不是 Excel 工作簿（.xlsx）`),
      ],
    };
  return assemble(model, known, others, fileName);
}

const fileProblem = (sheet: string, message: string): SheetProblem => ({
  sheet,
  line: 0,
  column: "",
  message,
});

function assemble(
  model: SheetModel,
  known: ReadonlyMap<string, SheetCollector>,
  others: readonly SheetCollector[],
  fileName: string,
): SheetsRead {
  const problems: SheetProblem[] = [];
  const filledOthers = others.filter((sheet) => sheet.hasContent);
  let main = known.get(model.main.name);
  let extra = filledOthers;
  // A workbook of the user's own with one sheet (Sheet1) is read as the main sheet.
  if (!main && filledOthers.length === 1) {
    main = filledOthers[0];
    extra = [];
  }
  if (!main)
    problems.push(
      fileProblem(
        fileName,
        `未找到工作表“${model.main.name}”：请使用${model.label}的导入模板（工作表名不要改动）`,
      ),
    );
  for (const sheet of extra)
    problems.push(
      fileProblem(
        sheet.label,
        `未知工作表“${sheet.label}”，其中的内容不会导入：请删除该工作表，或把内容移到模板的工作表中`,
      ),
    );
  if (main) problems.push(...main.problems);
  const children = new Map<string, readonly SheetRow[]>();
  for (const child of model.children) {
    const sheet = known.get(child.name);
    if (!sheet) continue;
    problems.push(...sheet.problems);
    children.set(child.field, sheet.rows);
  }
  return { rows: main?.rows ?? [], children, problems };
}
