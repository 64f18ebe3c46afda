// A spreadsheet file into records: cells converted by their columns, child sheets joined to their
// records by 序号, and every problem the engine finds named by sheet, row and column.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import {
  NUMBER_KEY,
  ROW_KEY,
  STATE_KEY,
  sheetModelOf,
  type SheetColumn,
  type SheetDeclaration,
} from "../../kernel/sheet-model.js";
import type { SheetFile, SheetProblem, SheetRow } from "../../sheets/types.js";
import type { Actor } from "../actor.js";
import type { EngineContext } from "../context.js";
import { cellRaw } from "./cells.js";
import { cellAsText } from "../../sheets/cells.js";
import { loadDirectory, type Directory } from "./directory.js";
import { importRecords, type ImportOptions, type RecordProblem } from "./import.js";
import type { ImportRecord } from "./validate.js";

export type SheetImportOutcome =
  | {
      readonly ok: true;
      readonly imported: number;
      /** Stored records changed (or, on a dry run, to be changed) by rows carrying their importKey. */
      readonly updated: number;
      readonly unchanged: number;
      readonly dryRun: boolean;
    }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

interface Converted {
  readonly values: Record<string, unknown>;
  readonly problems: SheetProblem[];
  /** Keys of cells that could not be read: the engine's own complaints about them are repeats. */
  readonly badKeys: Set<string>;
}

function convertRow(sheet: SheetDeclaration, row: SheetRow, directory: Directory): Converted {
  const values: Record<string, unknown> = {};
  const problems: SheetProblem[] = [];
  const badKeys = new Set<string>();
  for (const column of sheet.columns) {
    const result = cellRaw(column, row.cells[column.key], directory);
    if (result.ok) {
      if (result.raw !== null) values[column.key] = result.raw;
    } else {
      badKeys.add(column.key);
      problems.push({
        sheet: sheet.name,
        line: row.line,
        column: column.header,
        message: result.message,
      });
    }
  }
  return { values, problems, badKeys };
}

/** The record numbers the link columns of a sheet hold, to resolve them in one go. */
function linkCellTexts(sheet: SheetDeclaration, rows: readonly SheetRow[]): Set<string> {
  const keys = sheet.columns.filter((column) => column.kind === "record").map((c) => c.key);
  const texts = new Set<string>();
  for (const row of rows)
    for (const key of keys) {
      const [number = ""] = (cellAsText(row.cells[key] ?? null) ?? "").trim().split(/\s+/);
      if (number !== "") texts.add(number);
    }
  return texts;
}

interface Placement {
  readonly line: number;
  readonly badKeys: Set<string>;
  /** Sheet lines of each table's rows, in the order they were joined to the record. */
  readonly childLines: Map<string, number[]>;
  readonly childBad: Map<string, Set<string>[]>;
}

const headerOf = (sheet: SheetDeclaration, key: string): string =>
  sheet.columns.find((column: SheetColumn) => column.key === key)?.header ?? "";

/** `parties[2].idNumber` → the child sheet's row and column; `state` → the main sheet's 状态. */
function locate(
  type: RecordTypeDeclaration,
  problem: RecordProblem,
  placement: Placement | undefined,
  model: ReturnType<typeof sheetModelOf>,
): SheetProblem | null {
  const line = placement?.line ?? 0;
  const cell = /^([A-Za-z0-9_]+)\[(\d+)\]\.([A-Za-z0-9_]+)$/.exec(problem.field);
  if (cell) {
    const [, table = "", position = "1", column = ""] = cell;
    const child = model.children.find((sheet) => sheet.field === table);
    const index = Number(position) - 1;
    if (placement?.childBad.get(table)?.[index]?.has(column)) return null;
    return {
      sheet: child?.name ?? table,
      line: placement?.childLines.get(table)?.[index] ?? 0,
      column: child ? headerOf(child, column) : column,
      // "当事人第2行：" counts rows within the record; the sheet's own row number says it better.
      message: problem.message.replace(/^.+第\d+行：/, ""),
    };
  }
  if (placement?.badKeys.has(problem.field)) return null;
  const field = type.fields.find((candidate) => candidate.name === problem.field);
  return {
    sheet: model.main.name,
    line,
    column: headerOf(model.main, problem.field) || (field?.label ?? ""),
    message: problem.message,
  };
}

export async function importSheetFile(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  file: SheetFile,
  options: Omit<ImportOptions, "source"> & { readonly fileName: string },
): Promise<SheetImportOutcome> {
  const model = sheetModelOf(type);
  const directory = await loadDirectory(context.db, linkCellTexts(model.main, file.rows));
  const problems: SheetProblem[] = [...file.problems];
  const records: { values: Record<string, unknown> }[] = [];
  const placements: Placement[] = [];
  const byRowKey = new Map<number, number>();
  for (const row of file.rows) {
    const converted = convertRow(model.main, row, directory);
    problems.push(...converted.problems);
    const key = converted.values[ROW_KEY];
    if (typeof key === "number") {
      if (byRowKey.has(key))
        problems.push({
          sheet: model.main.name,
          line: row.line,
          column: "序号",
          message: `序号${key}重复`,
        });
      else byRowKey.set(key, records.length);
    }
    records.push({ values: converted.values });
    placements.push({
      line: row.line,
      badKeys: converted.badKeys,
      childLines: new Map(),
      childBad: new Map(),
    });
  }
  for (const sheet of model.children) {
    for (const row of file.children.get(sheet.field) ?? []) {
      const converted = convertRow(sheet, row, directory);
      problems.push(...converted.problems);
      const key = converted.values[ROW_KEY];
      const index = typeof key === "number" ? byRowKey.get(key) : undefined;
      const record = index === undefined ? undefined : records[index];
      const placement = index === undefined ? undefined : placements[index];
      if (!record || !placement) {
        if (!converted.badKeys.has(ROW_KEY))
          problems.push({
            sheet: sheet.name,
            line: row.line,
            column: "序号",
            message:
              key === undefined
                ? "请填写所属记录的序号"
                : `主表中没有序号为${JSON.stringify(key)}的记录`,
          });
        continue;
      }
      const { [ROW_KEY]: _key, ...cells } = converted.values;
      const rows = (record.values[sheet.field] as unknown[] | undefined) ?? [];
      record.values[sheet.field] = [...rows, cells];
      placement.childLines.set(sheet.field, [
        ...(placement.childLines.get(sheet.field) ?? []),
        row.line,
      ]);
      placement.childBad.set(sheet.field, [
        ...(placement.childBad.get(sheet.field) ?? []),
        converted.badKeys,
      ]);
    }
  }
  const imports: ImportRecord[] = records.map(({ values }) => {
    const { [ROW_KEY]: _row, [NUMBER_KEY]: number, [STATE_KEY]: state, ...fields } = values;
    return {
      state: typeof state === "string" ? state : null,
      recordNumber: typeof number === "string" && number !== "" ? number : null,
      values: fields,
    };
  });
  if (imports.length === 0 && problems.length === 0)
    problems.push({ sheet: model.main.name, line: 0, column: "", message: "文件中没有记录" });
  const outcome = await importRecords(context, type, actor, imports, {
    ...options,
    // A file with unreadable cells is not written, but checked to the end so every problem is listed.
    dryRun: options.dryRun === true || problems.length > 0,
    source: { file: { name: options.fileName, sha256: file.sha256, bytes: file.bytes } },
  });
  if (!outcome.ok)
    for (const problem of outcome.problems) {
      const located = locate(type, problem, placements[problem.index], model);
      if (located) problems.push(located);
    }
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems, model) };
  return outcome.ok
    ? {
        ok: true,
        imported: outcome.imported,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        dryRun: outcome.dryRun,
      }
    : { ok: false, problems };
}

function sortProblems(
  problems: readonly SheetProblem[],
  model: ReturnType<typeof sheetModelOf>,
): SheetProblem[] {
  const order = [model.main.name, ...model.children.map((sheet) => sheet.name)];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : -1);
  return [...problems].sort((a, b) => rank(a.sheet) - rank(b.sheet) || a.line - b.line);
}
