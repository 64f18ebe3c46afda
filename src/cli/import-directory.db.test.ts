// The worked example of docs/import.md: a county that is not 侯马 set up from files alone —
// `fazhi init`, the org template filled in and imported, then the users.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_DATA_LINE } from "../sheets/layout.js";
import { openDatabase } from "../runtime/database.js";
import {
  directoryTemplateCommand,
  importDirectoryCommand,
  problemLine,
} from "./import-directory.js";
import { runCommand } from "./main.js";

let dir: string;
const keys = ["FAZHI_DATA_DIR", "DATABASE_URL", "FAZHI_ADMIN_PASSWORD"] as const;
const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fazhi-directory-cli-"));
  process.env.FAZHI_DATA_DIR = join(dir, "data");
  delete process.env.DATABASE_URL;
  process.env.FAZHI_ADMIN_PASSWORD = "Initial2026password";
  const init = await runCommand(["init", "--division", "141021", "--name", "曲沃县人民政府"]);
  expect(init.exitCode).toBe(0);
}, 120_000);

afterAll(async () => {
  for (const key of keys) {
    const value = saved[key];
    if (value === undefined) Reflect.deleteProperty(process.env, key);
    else process.env[key] = value;
  }
  await rm(dir, { recursive: true, force: true });
});

/** The template from the command, filled in as a deployer would in Excel. */
async function fill(kind: "org" | "user", name: string, rows: readonly (readonly string[])[]) {
  const path = join(dir, name);
  const written = await directoryTemplateCommand(kind, ["--out", path]);
  expect(written.exitCode).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("empty template");
  rows.forEach((cells, i) => {
    sheet.getRow(FIRST_DATA_LINE + i).values = [...cells];
  });
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("fazhi import org|user", () => {
  it("loads a county's orgs and users from the templates", async () => {
    const orgs = await fill("org", "单位.xlsx", [
      ["141021-D01", "曲沃县司法局", "141021", "部门"],
      ["141021100-SF", "乐昌镇司法所", "141021100", "中心/所"],
      ["141021100", "乐昌镇", "141021", "乡镇"],
    ]);
    const dry = await importDirectoryCommand("org", [orgs, "--dry-run"]);
    expect(dry).toEqual({
      exitCode: 0,
      stdout: "检查通过：可导入3个单位（--dry-run，未写入）\n",
      stderr: "",
    });
    expect(await importDirectoryCommand("org", [orgs])).toMatchObject({
      exitCode: 0,
      stdout: "导入3个单位\n",
    });
    // The same file again: every code is taken now, and the command says where.
    const again = await importDirectoryCommand("org", [orgs]);
    expect(again.exitCode).toBe(1);
    expect(again.stderr.split("\n").slice(0, 2)).toEqual([
      "单位.xlsx：有3处问题，未导入任何单位：",
      "单位 第3行 单位代码：单位代码“141021-D01”已存在于系统中",
    ]);

    const users = await fill("user", "用户.xlsx", [
      ["fzb_wang", "王法治", "141021-D01", "依法治市办", "全部", "Quwo2026wang"],
      ["ls_sfs", "李调解", "乐昌镇司法所", "人民调解员", "", "Quwo2026li00"],
    ]);
    expect(await importDirectoryCommand("user", [users])).toMatchObject({
      exitCode: 0,
      stdout: "导入2个用户\n",
    });
    const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
    try {
      const rows = await database.db.query<{ username: string; org: string }>(
        `SELECT u.username, o.code AS org FROM app_user u JOIN org o ON o.id = u.org_id ORDER BY u.id`,
      );
      expect(rows).toEqual([
        { username: "admin", org: "141021" },
        { username: "fzb_wang", org: "141021-D01" },
        { username: "ls_sfs", org: "141021100-SF" },
      ]);
      const [batch] = await database.db.query<{ reason: string; after: { count: number } }>(
        "SELECT reason, after FROM audit_event WHERE action = 'importBatch' AND record_type = 'user'",
      );
      expect(batch).toMatchObject({ reason: "命令行导入用户", after: { count: 2 } });
    } finally {
      await database.close();
    }
  });

  it("names a missing file and bad options", async () => {
    expect((await importDirectoryCommand("org", [])).stderr).toContain("缺少文件");
    expect((await importDirectoryCommand("user", [join(dir, "none.xlsx")])).stderr).toContain(
      "找不到文件",
    );
    expect((await importDirectoryCommand("org", ["a", "--bogus"])).stderr).toContain("bogus");
    expect((await directoryTemplateCommand("org", ["--out", "x.csv"])).stderr).toContain(".xlsx");
  });

  it("shows a problem of the whole file without a row or column", () => {
    expect(problemLine({ sheet: "a.csv", line: 0, column: "", message: "文件中没有单位" })).toBe(
      "a.csv：文件中没有单位",
    );
  });
});
