// `fazhi template` and `fazhi export`: the template file reads back as an empty import, the export
// holds the records of the year asked for and reads back, bad input is a usage error.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import { publicityProduction } from "../domains/publicity/index.js";
import { reconsideration } from "../domains/reconsideration/index.js";
import { createRecord } from "../engine/records-write.js";
import { sheetModelOf } from "../kernel/sheet-model.js";
import { openDatabase } from "../runtime/database.js";
import { readSheetFile } from "../sheets/read.js";
import { runCommand } from "./main.js";
import { useCliDataDir, type CliDataDir } from "../../test/support/cli-data-dir.js";

let dir: string;
let cli: CliDataDir;

beforeAll(async () => {
  cli = await useCliDataDir("fazhi-sheets-");
  dir = cli.dir;
  const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
  const orgs = await createTestOrgs(database.db);
  const clerk = await createTestUser(database.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  const context = testContext(database.db);
  for (const producedDate of ["2023-03-01", "2023-07-01", "2024-02-01"])
    await createRecord(context, publicityProduction, clerk, {
      title: `作品${producedDate}`,
      kind: "publicAd",
      producedDate,
      producerOrg: orgs.justice,
    });
  await database.close();
}, 120_000);

afterAll(() => cli.restore());

describe("fazhi template", () => {
  it("writes the import template of a record type", async () => {
    const out = join(dir, "复议模板.xlsx");
    const result = await runCommand(["template", "reconsideration", "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("第三人");
    const file = await readSheetFile(sheetModelOf(reconsideration), { path: out });
    expect(file.format).toBe("xlsx");
    expect(file.problems).toEqual([]);
  });

  it("lists the record types when the type is unknown", async () => {
    const result = await runCommand(["template", "nope", "--out", join(dir, "x.xlsx")]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("未知记录类型“nope”");
    expect(result.stderr).toContain("reconsideration（行政复议案件）");
    expect((await runCommand(["template", "reconsideration"])).stderr).toContain("--out");
  });
});

describe("fazhi export", () => {
  it("exports the records of a year as .xlsx that reads back", async () => {
    const out = join(dir, "作品.xlsx");
    const result = await runCommand([
      "export",
      "publicityProduction",
      "--format",
      "xlsx",
      "--out",
      out,
      "--year",
      "2023",
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^导出2条，用时\d+\.\d秒（\d+条\/秒）/);
    const file = await readSheetFile(sheetModelOf(publicityProduction), { path: out });
    expect(file.problems).toEqual([]);
    expect(file.rows.map((row) => row.cells["title"]).sort()).toEqual([
      "作品2023-03-01",
      "作品2023-07-01",
    ]);
  });

  it("exports every record as CSV without --year", async () => {
    const out = join(dir, "作品.csv");
    const result = await runCommand([
      "export",
      "publicityProduction",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(result.stdout).toMatch(/^导出3条/);
    const text = await readFile(out, "utf8");
    expect(text.startsWith("\uFEFF序号,编号,状态,")).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(4);
  });

  it("names the option that is wrong", async () => {
    const out = join(dir, "x.xlsx");
    const run = async (args: string[]) => (await runCommand(["export", ...args])).stderr;
    expect(await run(["publicityProduction", "--format", "xls", "--out", out])).toContain(
      "--format",
    );
    expect(await run(["publicityProduction", "--format", "csv"])).toContain("--out");
    expect(
      await run(["publicityProduction", "--format", "csv", "--out", out, "--year", "23"]),
    ).toContain("--year");
    expect(
      await run(["publicityProduction", "--format", "csv", "--out", out, "--bogus", "1"]),
    ).toContain("bogus");
  });
});
