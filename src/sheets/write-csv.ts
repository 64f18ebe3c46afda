// The CSV export: UTF-8 with BOM (Excel on Windows reads it as UTF-8 then), CRLF lines, header row
// only, each child table as one cell summarising its rows, as the list shows them.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { ChildSheet, SheetModel } from "../kernel/sheet-model.js";
import { ROW_KEY } from "../kernel/sheet-model.js";
import { guardFormula, plainText } from "./cell-out.js";
import { roomIn } from "./drain.js";
import { headerText } from "./layout.js";
import type { CellValue } from "./types.js";
import type { SheetWriter } from "./write-xlsx.js";

type Cells = Readonly<Record<string, CellValue>>;

/**
 * "王秀兰（类别：自然人，身份证号：340524********001X）；李建国": the first column, then the rest
 * labelled, rows joined by 「；」 — the format of rowsText (src/engine/rows-text.ts), applied to the
 * display values a SheetRecord holds rather than to stored values.
 */
export function rowsSummary(child: ChildSheet, rows: readonly Cells[]): string {
  const [first, ...rest] = child.columns.filter((column) => column.key !== ROW_KEY);
  return rows
    .map((row) => {
      const head = first === undefined ? "" : plainText(row[first.key]);
      const details = rest.flatMap((column) => {
        const text = plainText(row[column.key]);
        return text === "" ? [] : [`${column.header}：${text}`];
      });
      const lead = head === "" ? "（未填写）" : head;
      return details.length === 0 ? lead : `${lead}（${details.join("，")}）`;
    })
    .join("；");
}

export const csvLine = (cells: readonly string[]): string =>
  stringify([cells.map(guardFormula)], { record_delimiter: "\r\n" });

export async function writeText(out: Writable, text: string): Promise<void> {
  await roomIn(out);
  out.write(text);
}

export function csvWriter(model: SheetModel, out: Writable): SheetWriter {
  const header = [
    ...model.main.columns.map(headerText),
    ...model.children.map((child) => child.name),
  ];
  // The header goes out with the first record or at close, so a failed query writes nothing.
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await writeText(out, `\uFEFF${csvLine(header)}`);
  };
  return {
    async write(record) {
      await start();
      const cells = [
        ...model.main.columns.map((column) => plainText(record.cells[column.key])),
        ...model.children.map((child) => rowsSummary(child, record.children[child.field] ?? [])),
      ];
      await writeText(out, csvLine(cells));
    },
    async close() {
      await start();
      out.end();
      await once(out, "finish");
    },
    abort: () => Promise.resolve(),
  };
}
