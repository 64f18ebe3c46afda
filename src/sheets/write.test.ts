// Export files: an .xlsx export reads back through the import reader (child sheets, dates, many
// rows spooled), the CSV is UTF-8 with BOM and CRLF with formulas guarded, and the error sheet.
import { PassThrough, type Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readSheetFile } from "./read.js";
import { loadWorkbook, model } from "./testing.js";
import type { SheetRecord } from "./types.js";
import { openSheetWriter, writeProblemSheet } from "./write.js";
import { OutputClosedError } from "./drain.js";

function sink(): { out: Writable; bytes: () => Buffer } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { out, bytes: () => Buffer.concat(chunks) };
}

const [parties] = model.children;
if (!parties) throw new Error("reconsideration has a child table");

const record = (n: number, partyCount = 2): SheetRecord => ({
  cells: {
    _row: n,
    recordNumber: `侯复〔2023〕${n}号`,
    state: "已结案",
    applicantName: `申请人${n}`,
    applicantKind: "自然人",
    amountInvolved: 1234.5,
    receivedDate: "2023-05-18",
    applicantIdNumber: "340524********001X",
  },
  children: {
    [parties.field]: Array.from({ length: partyCount }, (_, i) => ({
      _row: n,
      name: `第三人${n}-${i + 1}`,
      kind: i === 0 ? "自然人" : null,
    })),
  },
});

async function exported(format: "xlsx" | "csv", records: readonly SheetRecord[]) {
  const { out, bytes } = sink();
  const writer = openSheetWriter(model, format, out);
  for (const item of records) await writer.write(item);
  await writer.close();
  return bytes();
}

describe("xlsx export", () => {
  it("reads back through the import reader: cells, dates, child rows by 序号", async () => {
    const bytes = await exported("xlsx", [record(1), record(2, 0), record(3, 1)]);
    const file = await readSheetFile(model, { bytes, name: "导出.xlsx" });
    expect(file.problems).toEqual([]);
    expect(file.rows.map((row) => row.line)).toEqual([3, 4, 5]);
    expect(file.rows[0]?.cells).toEqual({
      _row: 1,
      recordNumber: "侯复〔2023〕1号",
      state: "已结案",
      applicantName: "申请人1",
      applicantKind: "自然人",
      applicantIdNumber: "340524********001X",
      amountInvolved: 1234.5,
      // A date cell, read as UTC midnight of the date shown.
      receivedDate: new Date("2023-05-18T00:00:00.000Z"),
    });
    expect(file.children.get(parties.field)).toEqual([
      { line: 3, cells: { _row: 1, name: "第三人1-1", kind: "自然人" } },
      { line: 4, cells: { _row: 1, name: "第三人1-2" } },
      { line: 5, cells: { _row: 3, name: "第三人3-1", kind: "自然人" } },
    ]);
  });

  it("writes the header and the hidden key row of the template on every sheet", async () => {
    const workbook = await loadWorkbook(await exported("xlsx", [record(1)]));
    for (const declaration of [model.main, parties]) {
      const sheet = workbook.getWorksheet(declaration.name);
      expect(sheet?.getRow(2).hidden).toBe(true);
      expect(sheet?.getRow(2).getCell(1).value).toBe("_row");
      // The child sheet's 序号 is required (it links the row to its record), so it is marked.
      expect(sheet?.getRow(1).getCell(1).value).toBe(declaration === parties ? "序号*" : "序号");
    }
    const main = workbook.getWorksheet(model.main.name);
    const at = model.main.columns.findIndex((column) => column.key === "receivedDate") + 1;
    expect(main?.getRow(3).getCell(at).numFmt).toBe("yyyy-mm-dd");
  });

  it("spools child rows so a large export keeps every row of both sheets", async () => {
    const records = Array.from({ length: 3000 }, (_, i) => record(i + 1, 2));
    const file = await readSheetFile(model, {
      bytes: await exported("xlsx", records),
      name: "导出.xlsx",
    });
    expect(file.rows).toHaveLength(3000);
    const children = file.children.get(parties.field) ?? [];
    expect(children).toHaveLength(6000);
    expect(children[5999]?.cells).toEqual({ _row: 3000, name: "第三人3000-2" });
  });
});

describe("a closed download", () => {
  it.each(["xlsx", "csv"] as const)("stops a %s export instead of writing on", async (format) => {
    const out = new PassThrough();
    const writer = openSheetWriter(model, format, out);
    await writer.write(record(1));
    out.destroy();
    await expect(writer.write(record(2))).rejects.toBeInstanceOf(OutputClosedError);
    await writer.abort();
  });
});

describe("csv export", () => {
  it("is UTF-8 with BOM and CRLF, a table as one cell, formulas guarded", async () => {
    const risky: SheetRecord = {
      cells: { _row: 1, applicantName: '=HYPERLINK("http://x")', actDescription: "+1, -2 @3" },
      children: {
        [parties.field]: [
          { _row: 1, name: "@王", kind: "自然人" },
          { _row: 1, name: "李" },
        ],
      },
    };
    const bytes = await exported("csv", [record(1), risky]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(lines[0]?.startsWith("序号,编号,状态,申请人*,")).toBe(true);
    expect(lines[0]?.endsWith(`,${parties.name}`)).toBe(true);
    expect(lines[1]).toContain(",2023-05-18,");
    expect(lines[1]?.endsWith(",第三人1-1（类型：自然人）；第三人1-2")).toBe(true);
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(lines[2]).toContain(`,"'+1, -2 @3",`);
    expect(lines[2]?.endsWith(",'@王（类型：自然人）；李")).toBe(true);
  });
});

describe("writeProblemSheet", () => {
  const problems = [
    { sheet: "行政复议案件", line: 5, column: "收到申请日期", message: "日期无效" },
    { sheet: "导入.xlsx", line: 0, column: "", message: "=文件不完整" },
  ];

  it("writes an .xlsx of 工作表, 行号, 列, 问题", async () => {
    const { out, bytes } = sink();
    await writeProblemSheet(problems, out, "xlsx");
    const workbook = await loadWorkbook(bytes());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, "工作表", "行号", "列", "问题"]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "行政复议案件",
      5,
      "收到申请日期",
      "日期无效",
    ]);
    expect(sheet?.getRow(3).getCell(4).value).toBe("=文件不完整");
  });

  it("writes the same as CSV, guarded", async () => {
    const { out, bytes } = sink();
    await writeProblemSheet(problems, out, "csv");
    expect(bytes().toString("utf8")).toBe(
      "\uFEFF工作表,行号,列,问题\r\n行政复议案件,5,收到申请日期,日期无效\r\n导入.xlsx,,,'=文件不完整\r\n",
    );
  });
});
