// Reads a CSV file: the main sheet only (header row, optionally the key row), decoded as the
// encoding detected beforehand, streamed through csv-parse record by record.
import { Readable, Transform } from "node:stream";
import { parse, CsvError } from "csv-parse";
import type { SheetModel } from "../kernel/sheet-model.js";
import { textValue, type CellReading } from "./cells.js";
import { SheetCollector } from "./collect.js";
import type { SheetProblem, SheetRow } from "./types.js";

export type CsvEncoding = "utf-8" | "gb18030";

/** Bytes to text in the detected encoding, chunk by chunk (a character may span two chunks). */
function decoding(encoding: CsvEncoding): Transform {
  // The UTF-8 decoder drops a leading BOM; GB18030 files have none.
  const decoder = new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/** Our CSV export guards text that a spreadsheet would run as a formula with a leading '. */
const FORMULA_GUARD = /^'(?=[=+\-@])/;

function csvCell(text: string): CellReading | undefined {
  const value = textValue(text.replace(FORMULA_GUARD, ""));
  return value === null ? undefined : { ok: true, value };
}

export async function readCsv(
  model: SheetModel,
  input: Readable,
  encoding: CsvEncoding,
  fileName: string,
  onRow: () => void,
): Promise<{ rows: readonly SheetRow[]; problems: readonly SheetProblem[] }> {
  // A child table has its own sheet in the template; a CSV file has room for the main sheet only.
  const refused = new Map(
    model.children.map((child) => [
      child.name,
      `“${child.name}”是明细表，CSV 文件不能导入明细表：请使用 Excel 导入模板，在工作表“${child.name}”中填写`,
    ]),
  );
  const collector = new SheetCollector(model.main, fileName, refused);
  const parser = parse({ relax_column_count: true, skip_empty_lines: false });
  let line = 0;
  try {
    for await (const record of input.pipe(decoding(encoding)).pipe(parser)) {
      line += 1;
      collector.add({ line, cells: (record as string[]).map(csvCell) });
      onRow();
    }
    collector.finish();
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    collector.finish();
    return {
      rows: [],
      problems: [
        ...collector.problems,
        {
          sheet: fileName,
          line: line + 1,
          column: "",
          message: `CSV 格式错误，无法继续读取（${error.message}）`,
        },
      ],
    };
  }
  return { rows: collector.rows, problems: collector.problems };
}
