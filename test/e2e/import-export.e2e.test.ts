// Browser journey: a reconsideration clerk downloads the import template, fills two cases in it,
// uploads it and is shown the row and column of an impossible date with nothing imported; fixes
// the cell, uploads again, sees 导入2条 and both cases in the list; then exports the list as
// filtered and finds the same two cases in the downloaded workbook.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./server.js";
import { signIn } from "./ui.js";

const url = inject("platformUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Header text (required mark taken off) → column number, from row 1 of the sheet. */
function columnsOf(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    columns.set(cell.text.replace(/\*$/, ""), column);
  });
  return columns;
}

const NAMES = ["闫志刚（导入）", "韩秀梅（导入）"];

function fillCase(
  sheet: ExcelJS.Worksheet,
  columns: Map<string, number>,
  line: number,
  values: Record<string, ExcelJS.CellValue>,
) {
  for (const [header, value] of Object.entries(values)) {
    const column = columns.get(header);
    if (column === undefined) throw new Error(`no column ${header}`);
    sheet.getRow(line).getCell(column).value = value;
  }
}

const caseValues = (n: number, received: ExcelJS.CellValue) => ({
  序号: n,
  申请人: NAMES[n - 1] ?? "",
  申请人类型: "自然人",
  复议机构: "侯马市司法局",
  被申请人: "侯马市市场监督管理局",
  行政行为类别: "行政处罚",
  被申请复议的行政行为: `对申请人作出罚款${String(n * 1000)}元的行政处罚决定`,
  收到申请日期: received,
  审理程序: "普通程序",
});

async function upload(page: Page, workbook: ExcelJS.Workbook) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const input = page.getByTestId("import-dragger").locator("input[type=file]");
  expect(await input.getAttribute("aria-label")).toBe("选择要导入的文件");
  await input.setInputFiles({
    name: "复议案件导入.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.getByTestId("import-start").click();
}

describe("import and export journey", () => {
  it("refuses a file with an impossible date by row and column, imports it once fixed, and exports it back", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, url, "sfj_clerk");
    await page.goto(`${url}/records/reconsideration`);
    await page.getByTestId("record-list").waitFor();
    await page.getByTestId("record-import").click();

    const template = await download(page, () => page.getByTestId("import-template").click());
    expect(template.name).toBe("行政复议案件导入模板.xlsx");
    expect(template.bytes.subarray(0, 2).toString()).toBe("PK");
    const workbook = await workbookOf(template.bytes);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error("the template has no sheet");
    expect(sheet.name).toBe("行政复议案件");
    const columns = columnsOf(sheet);
    expect([...columns.keys()]).toEqual(
      expect.arrayContaining(["序号", "申请人", "收到申请日期", "被申请人"]),
    );

    // Row 3 is the first data row (row 2 holds the hidden column keys); row 4 has 30 February.
    fillCase(sheet, columns, 3, caseValues(1, new Date(Date.UTC(2026, 1, 26))));
    fillCase(sheet, columns, 4, caseValues(2, "2026-02-30"));
    await upload(page, workbook);

    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    const row = problems.locator("tbody tr.ant-table-row").first();
    const cells = await row.locator("td").allInnerTexts();
    expect(cells.slice(0, 3)).toEqual(["行政复议案件", "4", "收到申请日期"]);
    expect(cells[3]).toMatch(/日期/);
    expect(await problems.innerText()).toContain("未导入任何记录");
    await page.screenshot({ path: "test-results/import-problems.png" });

    // The problem list downloads as a sheet of its own.
    const list = await download(page, () => page.getByTestId("import-problems-download").click());
    expect(list.name).toBe("导入问题.xlsx");
    const listed = (await workbookOf(list.bytes)).worksheets[0];
    expect(listed?.getRow(1).values).toEqual([undefined, "工作表", "行号", "列", "问题"]);
    expect(listed?.getRow(2).getCell(2).value).toBe(4);

    // Nothing was imported: the first, valid case is not in the list either.
    const check = await page.request.get(
      `${url}/api/records/reconsideration?q=${encodeURIComponent("（导入）")}`,
    );
    expect(((await check.json()) as { total: number }).total).toBe(0);

    fillCase(sheet, columns, 4, { 收到申请日期: new Date(Date.UTC(2026, 1, 27)) });
    await upload(page, workbook);
    const success = page.getByTestId("import-success");
    await success.waitFor();
    expect(await success.innerText()).toBe("导入2条");
    expect(await page.getByTestId("import-problems").count()).toBe(0);
    // The file is taken off once written: 开始导入 cannot import the same cases twice.
    expect(await page.getByTestId("import-start").isDisabled()).toBe(true);
    await page.screenshot({ path: "test-results/import-success.png" });
    await page.getByTestId("import-close").click();

    await page.getByTestId("filter-q").fill("（导入）");
    await page.getByTestId("filter-submit").click();
    const table = page.getByTestId("record-list");
    await expect.poll(() => table.locator("tr.ant-table-row").count(), { timeout: 15_000 }).toBe(2);
    const text = await table.innerText();
    for (const name of NAMES) expect(text).toContain(name);
    await page.screenshot({ path: "test-results/import-list.png" });

    // 导出 writes the list as filtered, with a progress bar, and the browser downloads the file.
    const exported = await download(page, () => page.getByTestId("record-export").click());
    expect(exported.name).toBe("行政复议案件.xlsx");
    const back = (await workbookOf(exported.bytes)).worksheets[0];
    const applicant = back ? columnsOf(back).get("申请人") : undefined;
    const names: string[] = [];
    back?.eachRow((line, number) => {
      if (number > 2 && applicant !== undefined) names.push(line.getCell(applicant).text);
    });
    expect(names.sort()).toEqual([...NAMES].sort());
    await page.getByTestId("record-export-menu").click();
    const csv = await download(page, () => page.getByTestId("record-export-csv").click());
    expect(csv.name).toBe("行政复议案件.csv");
    const csvText = csv.bytes.toString("utf8");
    for (const name of NAMES) expect(csvText).toContain(name);
    expect(csvText.split("\r\n").filter((row) => row !== "").length).toBe(3);

    // A large file checked only (仅校验): the bar moves through the phases while the server works.
    const header = ["序号", "申请人", "申请人类型", "复议机构", "被申请人", "行政行为类别"];
    const more = ["被申请复议的行政行为", "收到申请日期", "审理程序"];
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      [
        String(i + 1),
        `批量${String(i + 1)}`,
        "自然人",
        "侯马市司法局",
        "侯马市市场监督管理局",
        "行政处罚",
        "罚款决定",
        "2026-02-26",
        "普通程序",
      ].join(","),
    );
    const csvHeader = [...header, ...more].join(",");
    await page.getByTestId("record-import").click();
    await page.getByTestId("import-dry-run").click();
    await page
      .getByTestId("import-dragger")
      .locator("input[type=file]")
      .setInputFiles({
        name: "批量.csv",
        mimeType: "text/csv",
        buffer: Buffer.from([csvHeader, ...rows].join("\r\n")),
      });
    await page.getByTestId("import-start").click();
    const bar = page.getByTestId("import-progress");
    await bar.waitFor();
    // Caught past the first line: rows read so far, or records checked of the file's total.
    await expect
      .poll(() => bar.innerText().catch(() => ""), { interval: 50, timeout: 30_000 })
      .toMatch(/已读取 [1-9]\d* 行|校验，[1-9]\d* \/ 30000 条/);
    await page.screenshot({ path: "test-results/import-progress.png" });
    await page.getByTestId("import-success").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-success").innerText()).toBe(
      "校验通过：30000条记录可以导入（未写入）",
    );
    await context.close();
  });
});
