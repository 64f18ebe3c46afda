// What the directory imports share: problems named by row and column, the batch's
// own audit event, and the result an import hands back.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import type { EngineContext } from "../engine/context.js";
import type { SheetColumn, SheetModel } from "../kernel/sheet-model.js";
import type { SheetFile, SheetProblem, SheetRow } from "../sheets/types.js";

/** The database and the clock: a directory import needs no calendar. */
export type ImportContext = Pick<EngineContext, "db" | "now">;

export interface ImportOptions {
  /** The file's name as the user gave it: problems of a CSV name it, the batch event records it. */
  readonly fileName: string;
  /** Check everything, write nothing. */
  readonly dryRun?: boolean;
}

export type ImportResult =
  | { readonly ok: true; readonly count: number; readonly dryRun: boolean }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/** Values by their labels, and by themselves: a file may give 乡镇 or township, 本单位 or own. */
export const byLabel = <T extends string>(labels: Readonly<Record<T, string>>): Map<string, T> =>
  new Map(
    (Object.entries(labels) as [T, string][]).flatMap(([value, label]) => [
      [label, value],
      [value, value],
    ]),
  );

/** Collects the problems of one file, each named by the sheet the user sees. */
export class ProblemList {
  readonly items: SheetProblem[];
  readonly sheet: string;
  constructor(
    private readonly model: SheetModel,
    file: SheetFile,
    fileName: string,
  ) {
    // For CSV the reader names problems by the file; a workbook's by its sheet.
    this.sheet = file.format === "csv" ? fileName : model.main.name;
    this.items = [...file.problems];
  }

  /** A required cell left empty, unless the file lacks the whole column (already said once). */
  addEmpty(row: SheetRow, column: SheetColumn): void {
    const headerProblem = this.items.some(
      (problem) => problem.line === 1 && problem.column === column.header,
    );
    if (!headerProblem) this.add(row, column, `请填写${column.header}`);
  }

  add(row: SheetRow, column: SheetColumn | null, message: string): void {
    this.items.push({ sheet: this.sheet, line: row.line, column: column?.header ?? "", message });
  }

  /** File problems first, then by row, each row's in column order. */
  sorted(): SheetProblem[] {
    const headers = this.model.main.columns.map((column) => column.header);
    return [...this.items].sort(
      (a, b) => a.line - b.line || headers.indexOf(a.column) - headers.indexOf(b.column),
    );
  }
}

/** The model's column by key, for naming problems; the models are fixed, so a miss is a bug. */
export function columnOf(model: SheetModel, key: string): SheetColumn {
  const found = model.main.columns.find((item) => item.key === key);
  if (!found) throw new Error(`no column ${key} in ${model.typeId}`);
  return found;
}

/** The batch as a whole, after the events of the orgs or users it created. */
export function auditBatch(
  tx: Sql,
  context: ImportContext,
  actor: Actor,
  recordType: "org" | "user",
  file: SheetFile,
  options: ImportOptions,
  count: number,
): Promise<unknown> {
  return appendAudit(tx, {
    actor,
    recordType,
    recordId: null,
    action: "importBatch",
    before: null,
    after: { file: options.fileName, sha256: file.sha256, bytes: file.bytes, count },
    at: context.now(),
  });
}
