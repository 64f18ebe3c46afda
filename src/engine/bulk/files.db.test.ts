// Files as departments send them, read and imported end to end on PGlite and PostgreSQL: a CSV
// saved by Excel on Chinese Windows (GB18030), a workbook with formulas and one with macros (values
// read, nothing run), and a 50 MB file.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { createTestOrgs, testContext } from "../../../test/support/fixtures.js";
import { publicityActivity } from "../../domains/publicity/index.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import { readSheetFile } from "../../sheets/read.js";
import { asSystem } from "../actor.js";
import { importSheetFile } from "./sheet-import.js";

let test: TestDatabase;
const model = sheetModelOf(publicityActivity);
const HEADER = [
  "活动主题",
  "活动类别",
  "活动形式",
  "活动日期",
  "活动地点或平台",
  "主办单位",
  "普法主管部门",
  "受众人数",
  "活动简况",
];
const row = (theme: string, summary = "宪法宣传周") => [
  theme,
  "宣传活动",
  "线下",
  "2024/3/15",
  "鼓楼广场",
  "侯马市司法局",
  "141081-D01",
  "120",
  summary,
];

const csvLine = (cells: readonly string[]) =>
  cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",");

async function importBytes(bytes: Uint8Array, name: string) {
  const file = await readSheetFile(model, { bytes, name });
  const outcome = await importSheetFile(
    testContext(test.db),
    publicityActivity,
    asSystem("测试"),
    file,
    {
      fileName: name,
    },
  );
  return { file, outcome };
}

async function themes(): Promise<string[]> {
  const rows = await test.db.query<{ theme: string }>(
    "SELECT theme FROM r_publicity_activity ORDER BY id",
  );
  return rows.map((item) => item.theme);
}

async function workbook(
  rows: readonly (readonly unknown[])[],
  edit?: (sheet: ExcelJS.Worksheet) => void,
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(model.main.name);
  sheet.addRow(HEADER);
  for (const cells of rows) sheet.addRow([...cells]);
  edit?.(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  test = await freshDatabase();
  await createTestOrgs(test.db);
});
afterAll(() => test.drop());

describe("files as departments send them", () => {
  it("imports a GB18030 CSV, quotes and commas included", async () => {
    const text = [
      csvLine(HEADER),
      csvLine(row("国家宪法日“宪法进万家”")),
      csvLine(row("民法典，进社区")),
    ].join("\r\n");
    const bytes = iconv.encode(text, "gb18030");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const { file, outcome } = await importBytes(bytes, "活动.csv");
    expect(file.encoding).toBe("gb18030");
    expect(outcome).toEqual({ ok: true, imported: 2, updated: 0, unchanged: 0, dryRun: false });
    expect((await themes()).slice(-2)).toEqual(["国家宪法日“宪法进万家”", "民法典，进社区"]);
  });

  it("takes a formula's saved result and runs nothing, in a workbook with or without macros", async () => {
    const bytes = await workbook([row("公式行")], (sheet) => {
      // Excel saved 300 as the result; a reader that evaluated the formula would get 2.
      sheet.getCell("H2").value = { formula: "1+1", result: 300 };
      sheet.getCell("A2").value = {
        formula: 'WEBSERVICE("http://example.invalid/")',
        result: "公式行",
      };
    });
    const formulas = await importBytes(bytes, "公式.xlsx");
    expect(formulas.outcome).toEqual({
      ok: true,
      imported: 1,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    });
    const [latest] = await test.db.query<{ audience: number }>(
      "SELECT audience_size AS audience FROM r_publicity_activity ORDER BY id DESC LIMIT 1",
    );
    expect(latest?.audience).toBe(300);
    const zip = await JSZip.loadAsync(await workbook([row("带宏的文件")]));
    zip.file("xl/vbaProject.bin", Buffer.from('Sub Workbook_Open()\nShell "calc.exe"\nEnd Sub'));
    const macros = await importBytes(await zip.generateAsync({ type: "uint8array" }), "带宏.xlsm");
    expect(macros.outcome).toEqual({
      ok: true,
      imported: 1,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    });
    expect((await themes()).at(-1)).toBe("带宏的文件");
  });

  it("imports a 50 MB CSV", async () => {
    const summary = "普法宣传".repeat(1200);
    const lines = [csvLine(HEADER)];
    let bytes = 0;
    for (let index = 0; bytes < 50 * 1024 * 1024; index += 1) {
      const line = csvLine(row(`大文件第${index + 1}行`, summary));
      lines.push(line);
      bytes += Buffer.byteLength(line) + 2;
    }
    const file = Buffer.from(`\uFEFF${lines.join("\r\n")}`, "utf8");
    expect(file.byteLength).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const before = (await themes()).length;
    const { outcome } = await importBytes(file, "大文件.csv");
    expect(outcome).toEqual({
      ok: true,
      imported: lines.length - 1,
      updated: 0,
      unchanged: 0,
      dryRun: false,
    });
    expect((await themes()).length).toBe(before + lines.length - 1);
  }, 600_000);
});
