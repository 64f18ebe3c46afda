// `fazhi import`: the round trip on the demo city — export a type, import the file back and
// the count doubles; one impossible date in one cell and nothing is imported, the message naming
// that row and column.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCalendarConfig } from "../calendar/config.js";
import { openDatabase } from "../runtime/database.js";
import { seedDemo } from "../seed/seed.js";
import { runCommand } from "./main.js";
import { useCliDataDir, type CliDataDir } from "../../test/support/cli-data-dir.js";

let dir: string;
let cli: CliDataDir;

async function count(): Promise<{ records: number; batches: number }> {
  const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
  try {
    const [records] = await database.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM r_publicity_activity",
    );
    const [batches] = await database.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'publicityActivity' AND action = 'importBatch'",
    );
    return { records: records?.n ?? 0, batches: batches?.n ?? 0 };
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  cli = await useCliDataDir("fazhi-import-");
  dir = cli.dir;
  const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
  const now = new Date("2026-11-20T02:00:00Z");
  await seedDemo(
    { db: database.db, calendar: defaultCalendarConfig, now: () => now },
    "Demo2026password",
  );
  await database.close();
}, 180_000);

afterAll(() => cli.restore());

describe("fazhi import", () => {
  it("imports an export of the demo back: the count doubles; one impossible date refuses all", async () => {
    const before = await count();
    expect(before.records).toBeGreaterThan(50);
    const file = join(dir, "活动.xlsx");
    const exported = await runCommand([
      "export",
      "publicityActivity",
      "--format",
      "xlsx",
      "--out",
      file,
    ]);
    expect(exported.exitCode).toBe(0);

    // The exported numbers are taken: as they are, the import refuses them, naming the column.
    const taken = await runCommand(["import", "publicityActivity", file]);
    expect(taken.exitCode).toBe(1);
    expect(taken.stderr).toMatch(
      /普法宣传活动 第3行 编号：编号“侯普活〔\d{4}〕\d+号”已被已有记录使用/,
    );

    const broken = join(dir, "活动-错误.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const keys = (sheet.getRow(2).values as unknown[]).map((value) =>
      typeof value === "string" ? value : "",
    );
    const dateColumn = keys.indexOf("activityDate");
    expect(dateColumn).toBeGreaterThan(0);
    sheet.getRow(7).getCell(dateColumn).value = "2023-02-30";
    await workbook.xlsx.writeFile(broken);
    const refused = await runCommand(["import", "publicityActivity", broken, "--renumber"]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain("全部记录均未写入");
    expect(refused.stderr).toContain("普法宣传活动 第7行 活动日期：活动日期不是有效日期");
    expect(await count()).toEqual(before);

    const dry = await runCommand(["import", "publicityActivity", file, "--renumber", "--dry-run"]);
    expect(dry.stdout).toContain(`校验通过：可导入${before.records}条（未写入）`);
    expect(await count()).toEqual(before);

    const imported = await runCommand(["import", "publicityActivity", file, "--renumber"]);
    expect(imported.stderr).not.toContain("错误");
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(`^导入${before.records}条，用时[\\d.]+秒（\\d+条/秒）`),
    );
    expect(await count()).toEqual({ records: before.records * 2, batches: before.batches + 1 });
  }, 180_000);

  it("names the option or type that is wrong", async () => {
    expect((await runCommand(["import", "nope", "x.xlsx"])).stderr).toContain("未知记录类型“nope”");
    expect((await runCommand(["import", "publicityActivity"])).exitCode).toBe(2);
    expect(
      (await runCommand(["import", "publicityActivity", join(dir, "none.xlsx")])).stderr,
    ).toContain("无法读取文件");
    expect(
      (await runCommand(["import", "publicityActivity", "a.xlsx", "--as", "nobody"])).stderr,
    ).toContain("--as：没有名为“nobody”的启用用户");
  });
});
