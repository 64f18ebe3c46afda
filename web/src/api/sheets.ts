// Spreadsheets: the import template, imports and exports reported line by line as they run, and
// the downloadable list of an import's problems.
import { postForBlob, postLines, toQueryString, type QueryParams } from "./client";

export interface SheetProblem {
  sheet: string;
  /** The row in that sheet; 0 for the file or sheet as a whole. */
  line: number;
  /** The column header; "" for the whole row or file. */
  column: string;
  message: string;
}

export type ImportPhase = "reading" | "checking" | "writing";

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  /** Unknown while the file is being read. */
  total: number | null;
}

export type ImportOutcome =
  | {
      ok: true;
      imported: number;
      /** Stored records changed by rows carrying their key (a type with an importKey). */
      updated: number;
      unchanged: number;
      dryRun: boolean;
    }
  | { ok: false; problems: SheetProblem[] };

export interface ExportProgress {
  done: number;
  total: number;
}

export type ExportOutcome =
  { ok: true; download: string; rows: number } | { ok: false; message: string };

const base = (type: string): string => `/api/records/${encodeURIComponent(type)}`;

/** A plain link: the browser downloads the template with the session cookie. */
export const templateUrl = (type: string): string => `${base(type)}/template`;

const isOutcome = (line: unknown): boolean =>
  typeof line === "object" && line !== null && "ok" in line;

export function importFile(
  type: string,
  file: File,
  options: { dryRun: boolean; renumber: boolean },
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const form = new FormData();
  form.append("file", file, file.name);
  const query = toQueryString({ dryRun: options.dryRun, renumber: options.renumber });
  return postLines<ImportOutcome>(`${base(type)}/import${query}`, form, (line) => {
    if (!isOutcome(line)) onProgress(line as ImportProgress);
  });
}

export function runExport(
  type: string,
  query: QueryParams,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<ExportOutcome> {
  return postLines<ExportOutcome>(
    `${base(type)}/exports${toQueryString(query)}`,
    {},
    (line) => {
      if (!isOutcome(line)) onProgress(line as ExportProgress);
    },
    signal,
  );
}

/** The problems as an .xlsx (工作表, 行号, 列, 问题), made by the server from the list the page holds. */
export const problemSheet = (problems: readonly SheetProblem[]): Promise<Blob> =>
  postForBlob("/api/sheets/problems?format=xlsx", { problems });
