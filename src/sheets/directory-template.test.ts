// The org and user templates: the columns a deployer fills, the drop-downs, and instructions that
// speak of orgs and users rather than of records.
import { describe, expect, it } from "vitest";
import { orgSheetModel, userSheetModel } from "../kernel/directory-sheets.js";
import { INSTRUCTIONS_SHEET } from "./layout.js";
import { readSheetFile } from "./read.js";
import { templateWorkbook } from "./template.js";
import { loadWorkbook } from "./testing.js";

const bytesOf = async (model: typeof orgSheetModel) =>
  Buffer.from(await templateWorkbook(model).xlsx.writeBuffer());

describe("directory templates", () => {
  it("have the columns, required marks and drop-downs of the org sheet", async () => {
    const workbook = await loadWorkbook(await bytesOf(orgSheetModel));
    const sheet = workbook.getWorksheet("单位");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "单位代码*",
      "单位名称*",
      "上级单位代码",
      "单位类型*",
      "排序",
    ]);
    expect(sheet?.getCell("D3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"人民政府,部门,乡镇,街道,执法队伍,议事协调机构,中心/所"'],
    });
  });

  it("explain the import order instead of the record rules", async () => {
    const workbook = await loadWorkbook(await bytesOf(userSheetModel));
    const values = workbook.getWorksheet(INSTRUCTIONS_SHEET)?.getColumn(1).values ?? [];
    const text = values.filter((value) => typeof value === "string").join("\n");
    expect(text).toContain("先导入单位，再导入用户");
    expect(text).not.toContain("序号");
    expect(workbook.getWorksheet("用户")?.getCell("D3").dataValidation.formulae[0]).toContain(
      "人民调解员",
    );
  });

  it("read back empty, with no problems", async () => {
    for (const model of [orgSheetModel, userSheetModel]) {
      const file = await readSheetFile(model, { bytes: await bytesOf(model), name: "t.xlsx" });
      expect(file).toMatchObject({ rows: [], problems: [] });
    }
  });
});
