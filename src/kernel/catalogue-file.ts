// Reads an edition of a catalogue from the text of a file: CSV with a header naming the columns
// code, name and parent (编码, 名称, 上级编码 are accepted too), or a JSON array of such objects.
import { parse } from "csv-parse/sync";

export interface RawEntry {
  readonly code?: unknown;
  readonly name?: unknown;
  readonly parent?: unknown;
}

const HEADER_ALIASES: Readonly<Record<string, keyof RawEntry>> = {
  code: "code",
  编码: "code",
  代码: "code",
  name: "name",
  名称: "name",
  parent: "parent",
  上级编码: "parent",
  上级代码: "parent",
};

export class CatalogueFileError extends Error {}

/** The entries of a file, not yet checked against the catalogue (see parseCatalogueEntries). */
export function readCatalogueText(text: string, fileName: string): RawEntry[] {
  const body = text.replace(/^\uFEFF/, "");
  if (fileName.toLowerCase().endsWith(".json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new CatalogueFileError(`${fileName} 不是有效的 JSON：${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new CatalogueFileError(`${fileName} 应为条目数组`);
    return parsed as RawEntry[];
  }
  let records: string[][];
  try {
    records = parse(body, { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new CatalogueFileError(`${fileName} 不是有效的 CSV：${(error as Error).message}`);
  }
  const [header, ...lines] = records;
  const columns = (header ?? []).map((name) => HEADER_ALIASES[name.trim()]);
  if (!columns.includes("code") || !columns.includes("name")) {
    throw new CatalogueFileError(
      `${fileName} 的首行应为列名 code,name,parent（或 编码,名称,上级编码）`,
    );
  }
  return lines.map((cells) => {
    const entry: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column !== undefined) entry[column] = cells[index] ?? "";
    });
    return entry;
  });
}
