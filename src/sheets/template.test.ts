// The import template, opened with exceljs as Excel would show it: headers, the hidden key row,
// notes, drop-downs, date formats, the instructions; and it reads back as an empty import.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { SheetModel } from "../kernel/sheet-model.js";
import { readSheetFile } from "./read.js";
import { columnLetter, writeTemplate } from "./template.js";
import { loadWorkbook, model } from "./testing.js";

async function templateBytes(of: SheetModel): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeTemplate(of, out);
  return Buffer.concat(chunks);
}

async function opened(of: SheetModel) {
  return loadWorkbook(await templateBytes(of));
}

const validationOf = (sheet: ExcelJS.Worksheet, address: string) =>
  (
    sheet as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
  ).dataValidations.find(address);

describe("writeTemplate", () => {
  it("lays out each sheet: marked headers, the hidden key row, notes, frozen rows", async () => {
    const workbook = await opened(model);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      model.main.name,
      ...model.children.map((child) => child.name),
      "填写说明",
    ]);
    for (const declaration of [model.main, ...model.children]) {
      const sheet = workbook.getWorksheet(declaration.name);
      if (!sheet) throw new Error(declaration.name);
      declaration.columns.forEach((column, i) => {
        const header = sheet.getRow(1).getCell(i + 1);
        expect(header.value).toBe(column.required ? `${column.header}*` : column.header);
        expect(header.note).toBe(column.note);
        expect(sheet.getRow(2).getCell(i + 1).value).toBe(column.key);
      });
      expect(sheet.getRow(2).hidden).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    }
    const main = workbook.getWorksheet(model.main.name);
    const required = model.main.columns.findIndex((column) => column.required) + 1;
    expect(main?.getRow(1).getCell(required).font.color?.argb).toBe("FFC00000");
  });

  it("offers drop-downs for states, choices and 是/否, and formats date columns", async () => {
    const workbook = await opened(model);
    const main = workbook.getWorksheet(model.main.name);
    if (!main) throw new Error("main sheet");
    const at = (key: string) => model.main.columns.findIndex((column) => column.key === key) + 1;
    const state = validationOf(main, `${columnLetter(at("state"))}3`);
    expect(state?.type).toBe("list");
    expect(state?.formulae[0]).toContain("已受理");
    const kind = validationOf(main, `${columnLetter(at("applicantKind"))}500`);
    expect(kind?.formulae).toEqual(['"自然人,法人或其他组织"']);
    // No drop-down on free text, nor on the header rows.
    expect(validationOf(main, `${columnLetter(at("applicantName"))}3`)).toBeUndefined();
    expect(validationOf(main, `${columnLetter(at("state"))}1`)).toBeUndefined();
    expect(main.getColumn(at("receivedDate")).numFmt).toBe("yyyy-mm-dd");
  });

  it("puts a list too long for Excel's inline limit on a hidden options sheet", async () => {
    const options = Array.from({ length: 80 }, (_, i) => ({
      value: `v${i}`,
      label: `选项第${i + 1}项`,
    }));
    const long: SheetModel = {
      ...model,
      main: {
        ...model.main,
        columns: [
          ...model.main.columns,
          { key: "many", header: "长列表", kind: "choice", options, required: false, note: "选择" },
        ],
      },
    };
    const workbook = await opened(long);
    const lists = workbook.getWorksheet("下拉选项");
    expect(lists?.state).toBe("hidden");
    expect(lists?.getCell("A80").value).toBe("选项第80项");
    const main = workbook.getWorksheet(model.main.name);
    if (!main) throw new Error("main sheet");
    const validation = validationOf(main, `${columnLetter(long.main.columns.length)}3`);
    expect(validation?.formulae).toEqual(["'下拉选项'!$A$1:$A$80"]);
    // The reader passes over the options sheet.
    const file = await readSheetFile(long, { bytes: await templateBytes(long), name: "模板.xlsx" });
    expect(file.problems.filter((p) => !p.message.startsWith("缺少必填列"))).toEqual([]);
  });

  it("explains every column and the import rules on the 填写说明 sheet", async () => {
    const workbook = await opened(model);
    const sheet = workbook.getWorksheet("填写说明");
    if (!sheet) throw new Error("instructions sheet");
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (typeof v === "string" || typeof v === "number" ? String(v) : "")),
      ),
    );
    for (const declaration of [model.main, ...model.children])
      for (const column of declaration.columns)
        expect(rows).toContainEqual([
          declaration.name,
          column.header,
          column.required ? "是" : "",
          column.note,
        ]);
    const text = rows.flat().join("\n");
    for (const rule of ["整个文件都不导入", "序号", "状态", "GB18030", "公式不会被执行"])
      expect(text).toContain(rule);
  });

  it("reads back as an import with no rows and no problems", async () => {
    const file = await readSheetFile(model, {
      bytes: await templateBytes(model),
      name: "模板.xlsx",
    });
    expect(file.problems).toEqual([]);
    expect(file.rows).toEqual([]);
    expect([...file.children.values()].flat()).toEqual([]);
  });
});
