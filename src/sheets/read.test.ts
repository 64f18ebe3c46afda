// The import reader: columns by key row or header, cell values as the engine gets them (formulas
// as cached results, never run), CSV encodings, and files that are not spreadsheets refused.
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readSheetFile } from "./read.js";
import { HEADERS, KEYS, model, workbookBytes } from "./testing.js";

const read = async (bytes: Uint8Array, name = "导入.xlsx") => {
  const file = await readSheetFile(model, { bytes, name });
  // Short test rows leave out most required columns; the test of that problem reads them all.
  return { ...file, problems: file.problems.filter((p) => !p.message.startsWith("缺少必填列")) };
};
const MAIN = model.main.name;

describe("xlsx", () => {
  it("maps columns by the hidden key row even when headers were renamed", async () => {
    const bytes = await workbookBytes({
      [MAIN]: [
        ["No.", "姓名（改过）", "类型", "日期"],
        [...KEYS],
        [1, "  张三  ", "自然人", new Date("2023-05-18T00:00:00Z")],
        [],
        [2, "李四", "自然人", "2023/5/19"],
      ],
    });
    const file = await read(bytes);
    expect(file.format).toBe("xlsx");
    expect(file.encoding).toBeNull();
    expect(file.problems).toEqual([]);
    expect(file.bytes).toBe(bytes.length);
    expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    // The blank row 4 is skipped; line numbers are the rows the user sees.
    expect(file.rows).toEqual([
      {
        line: 3,
        cells: {
          _row: 1,
          applicantName: "张三",
          applicantKind: "自然人",
          receivedDate: new Date("2023-05-18T00:00:00Z"),
        },
      },
      {
        line: 5,
        cells: {
          _row: 2,
          applicantName: "李四",
          applicantKind: "自然人",
          receivedDate: "2023/5/19",
        },
      },
    ]);
  });

  it("maps columns by header text without a key row, required marks taken off", async () => {
    const file = await read(
      await workbookBytes({
        [MAIN]: [
          ["序号", "申请人（必填）", "申请人类型*", "收到申请日期 *"],
          [1, "张三", "自然人", "2023-05-18"],
        ],
      }),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        line: 2,
        cells: {
          _row: 1,
          applicantName: "张三",
          applicantKind: "自然人",
          receivedDate: "2023-05-18",
        },
      },
    ]);
  });

  it("names unknown and missing required columns", async () => {
    const bytes = await workbookBytes({
      [MAIN]: [
        ["序号", "申请人", "备注栏"],
        [1, "张三", "x"],
      ],
    });
    const file = await readSheetFile(model, { name: "导入.xlsx", bytes });
    expect(file.problems).toContainEqual({
      sheet: MAIN,
      line: 1,
      column: "备注栏",
      message: "未知列“备注栏”",
    });
    expect(file.problems).toContainEqual({
      sheet: MAIN,
      line: 1,
      column: "被申请人",
      message: "缺少必填列“被申请人”",
    });
    expect(file.problems.some((p) => p.column === "申请人")).toBe(false);
  });

  it("reads a formula as its cached result and never evaluates it", async () => {
    const bytes = await workbookBytes(
      { [MAIN]: [[...HEADERS], [1, "张三", "自然人", null]] },
      (wb) => {
        const sheet = wb.getWorksheet(MAIN);
        if (!sheet) throw new Error("no sheet");
        // The cached result disagrees with the formula: only a reader that evaluated would see 2.
        sheet.getCell("A2").value = { formula: "1+1", result: 7 };
        sheet.getCell("B2").value = {
          formula: 'WEBSERVICE("http://example.invalid/")',
          result: "王五",
        };
        sheet.getCell("C2").value = { formula: "A1" };
      },
    );
    const file = await read(bytes);
    expect(file.rows[0]?.cells).toEqual({ _row: 7, applicantName: "王五" });
    expect(file.problems).toEqual([
      {
        sheet: MAIN,
        line: 2,
        column: "申请人类型",
        message: "公式没有保存的计算结果：请在 Excel 中打开并保存后再导入（系统不计算公式）",
      },
    ]);
  });

  it("reads rich text and hyperlinks as their text, error values as problems", async () => {
    const bytes = await workbookBytes({ [MAIN]: [[...HEADERS], [1, null, null, null]] }, (wb) => {
      const sheet = wb.getWorksheet(MAIN);
      if (!sheet) throw new Error("no sheet");
      sheet.getCell("B2").value = {
        richText: [{ text: "张" }, { font: { bold: true }, text: "三" }],
      };
      sheet.getCell("C2").value = { text: "自然人", hyperlink: "http://example.invalid/" };
      sheet.getCell("D2").value = { error: "#REF!" };
    });
    const file = await read(bytes);
    expect(file.rows[0]?.cells).toEqual({
      _row: 1,
      applicantName: "张三",
      applicantKind: "自然人",
    });
    expect(file.problems).toEqual([
      { sheet: MAIN, line: 2, column: "收到申请日期", message: "单元格为错误值 #REF!" },
    ]);
  });

  it("reads a macro-enabled workbook for its values only", async () => {
    const plain = await workbookBytes({
      [MAIN]: [[...HEADERS], [1, "张三", "自然人", "2023-05-18"]],
    });
    const zip = await JSZip.loadAsync(plain);
    zip.file(
      "xl/vbaProject.bin",
      Buffer.from('Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub'),
    );
    const xlsm = await zip.generateAsync({ type: "nodebuffer" });
    const file = await read(xlsm, "带宏.xlsm");
    expect(file.format).toBe("xlsx");
    expect(file.problems).toEqual([]);
    expect(file.rows[0]?.cells["applicantName"]).toBe("张三");
  });

  it("reads child sheets by name, passes over the instructions, refuses unknown sheets", async () => {
    const [child] = model.children;
    if (!child) throw new Error("reconsideration has a child table");
    const file = await read(
      await workbookBytes({
        [MAIN]: [[...HEADERS], [1, "张三", "自然人", "2023-05-18"]],
        [child.name]: [
          ["序号", "姓名或名称"],
          [1, "李四"],
        ],
        填写说明: [
          ["工作表", "列名"],
          ["x", "y"],
        ],
        草稿: [["随便"]],
        Sheet3: [],
      }),
    );
    expect(file.children.get(child.field)).toEqual([{ line: 2, cells: { _row: 1, name: "李四" } }]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]).toMatchObject({ sheet: "草稿", line: 0 });
    expect(file.problems[0]?.message).toContain("未知工作表");
  });

  it("reads every entry of the zip on every read", async () => {
    // unzipper under exceljs used to end its entry list early in about half of these reads,
    // losing sheet names (see unzip-patch.ts); twenty reads in a row all find both sheets.
    const [child] = model.children;
    if (!child) throw new Error("reconsideration has a child table");
    const bytes = await workbookBytes({
      [MAIN]: [[...HEADERS], [1, "张三", "自然人", "2023-05-18"]],
      [child.name]: [
        ["序号", "姓名或名称"],
        [1, "李四"],
      ],
      填写说明: [["工作表"]],
      Sheet4: [],
    });
    for (let i = 0; i < 20; i += 1) {
      const file = await read(bytes);
      expect(file.problems).toEqual([]);
      expect(file.children.get(child.field)).toHaveLength(1);
    }
  });

  it("reads sheets that come before the workbook entry in the zip", async () => {
    const plain = await workbookBytes({ [MAIN]: [[...HEADERS], [1, "张三", "自然人", null]] });
    const source = await JSZip.loadAsync(plain);
    const names = Object.keys(source.files).filter((name) => !source.files[name]?.dir);
    // Shared strings and relationships first, the sheet next, xl/workbook.xml last.
    const order = [
      ...names.filter((n) => n === "xl/sharedStrings.xml" || n === "xl/_rels/workbook.xml.rels"),
      ...names.filter((n) => n.startsWith("xl/worksheets/")),
      ...names.filter(
        (n) =>
          n !== "xl/workbook.xml" &&
          n !== "xl/sharedStrings.xml" &&
          n !== "xl/_rels/workbook.xml.rels" &&
          !n.startsWith("xl/worksheets/"),
      ),
      "xl/workbook.xml",
    ];
    const reordered = new JSZip();
    for (const name of order)
      reordered.file(name, (await source.file(name)?.async("nodebuffer")) ?? "");
    const file = await read(
      await reordered.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows[0]?.cells["applicantName"]).toBe("张三");
  });

  it("takes a single sheet of another name as the main sheet", async () => {
    const file = await read(
      await workbookBytes({ Sheet1: [[...HEADERS], [1, "张三", "自然人", "2023-05-18"]] }),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(1);
  });
});

describe("progress", () => {
  it("reports every thousand rows and once at the end", async () => {
    const lines = ["序号,申请人", ...Array.from({ length: 2500 }, (_, i) => `${i + 1},申请人${i}`)];
    const seen: number[] = [];
    const file = await readSheetFile(
      model,
      { bytes: Buffer.from(lines.join("\r\n")), name: "大.csv" },
      { onProgress: (rows) => seen.push(rows) },
    );
    expect(file.rows).toHaveLength(2500);
    // Rows read, the header row included.
    expect(seen).toEqual([1000, 2000, 2501]);
  });
});

describe("csv", () => {
  const text =
    '序号,申请人,申请人类型,收到申请日期\r\n1,张三,自然人,2023-05-18\r\n,,,\r\n2,"李,四",\'=法人,2023-05-19\r\n';

  it("reads UTF-8 with a BOM, skipping blank rows and undoing the export's formula guard", async () => {
    const file = await read(Buffer.from(`\uFEFF${text}`, "utf8"), "导入.csv");
    expect(file.format).toBe("csv");
    expect(file.encoding).toBe("utf-8");
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([
      {
        line: 2,
        cells: {
          _row: "1",
          applicantName: "张三",
          applicantKind: "自然人",
          receivedDate: "2023-05-18",
        },
      },
      {
        line: 4,
        cells: {
          _row: "2",
          applicantName: "李,四",
          applicantKind: "=法人",
          receivedDate: "2023-05-19",
        },
      },
    ]);
  });

  it("reads GB18030 (Excel's CSV on Chinese Windows) and says so", async () => {
    const bytes = iconv.encode(text, "gb18030");
    // The bytes are not UTF-8: a reader that assumed UTF-8 would produce replacement characters.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const file = await read(bytes, "导入.csv");
    expect(file.encoding).toBe("gb18030");
    expect(file.rows[0]?.cells["applicantName"]).toBe("张三");
    expect(file.rows[1]?.cells["applicantName"]).toBe("李,四");
  });

  it("accepts the key row and refuses a child table column", async () => {
    const csv = "序号,申请人,第三人\r\n_row,applicantName,thirdParties\r\n1,张三,李四\r\n";
    const file = await read(Buffer.from(csv), "导入.csv");
    expect(file.rows).toEqual([{ line: 3, cells: { _row: "1", applicantName: "张三" } }]);
    const refusal = file.problems.find((problem) => problem.column === "第三人");
    expect(refusal?.message).toContain("Excel 导入模板");
  });
});

describe("not a spreadsheet", () => {
  it("refuses a zip that holds no workbook (a Word file renamed .xlsx)", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const file = await read(bytes, "通知.xlsx");
    expect(file.format).toBe("xlsx");
    expect(file.problems).toEqual([
      {
        sheet: "通知.xlsx",
        line: 0,
        column: "",
        message: "文件“通知.xlsx”中没有工作表，不是 Excel 工作簿（.xlsx）",
      },
    ]);
  });

  it.each([
    [
      "旧版.xls",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      "旧版 Excel",
    ],
    ["扫描件.pdf", Buffer.from("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "latin1"), "PDF"],
    [
      "照片.png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]),
      "不是 Excel",
    ],
    ["坏.xlsx", Buffer.from("PK\u0003\u0004garbage that is not a zip", "latin1"), "无法读取"],
  ])("refuses %s by name", async (name, bytes, says) => {
    const file = await read(bytes, name);
    expect(file.rows).toEqual([]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]?.message).toContain(name);
    expect(file.problems[0]?.message).toContain(says);
  });
});
