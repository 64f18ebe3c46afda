// Files for the directory import tests, made as a deployer makes them: the template written by
// fazhi, filled in with exceljs, read back by the reader; or a CSV saved by Excel in GB18030.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { insertOrg } from "./orgs.js";
import type { Database } from "../db/client.js";
import type { SheetModel } from "../kernel/sheet-model.js";
import { readSheetFile } from "../sheets/read.js";
import { FIRST_DATA_LINE } from "../sheets/layout.js";
import { writeTemplate } from "../sheets/template.js";
import type { SheetFile } from "../sheets/types.js";

export type Cells = readonly (string | number | null)[];

/** The template of the model, rows filled from its first data line, read back. */
export async function filledTemplate(
  model: SheetModel,
  rows: readonly Cells[],
): Promise<SheetFile> {
  const dir = await mkdtemp(join(tmpdir(), "fazhi-directory-"));
  try {
    const path = join(dir, "template.xlsx");
    await writeTemplate(model, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(model.main.name);
    if (!sheet) throw new Error("template has no main sheet");
    rows.forEach((cells, i) => {
      const row = sheet.getRow(FIRST_DATA_LINE + i);
      cells.forEach((cell, j) => {
        row.getCell(j + 1).value = cell;
      });
    });
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return await readSheetFile(model, { bytes, name: "filled.xlsx" });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A CSV in GB18030, as Excel's "CSV (逗号分隔)" saves it on a Chinese Windows. */
export async function gb18030Csv(
  model: SheetModel,
  lines: readonly (readonly string[])[],
  name: string,
): Promise<SheetFile> {
  const text = lines.map((line) => line.join(",")).join("\r\n") + "\r\n";
  return readSheetFile(model, { bytes: iconv.encode(text, "gb18030"), name });
}

/** What `fazhi init --division 141021 --name 曲沃县人民政府` leaves: the root org. */
export async function initCounty(db: Database): Promise<number> {
  const root = await db.transaction((tx) =>
    insertOrg(tx, { parentId: null, code: "141021", name: "曲沃县人民政府", kind: "government" }),
  );
  return root.id;
}
