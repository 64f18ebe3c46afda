// `fazhi catalogue`: lists catalogues and their editions, loads a new edition from a CSV file, and a
// bad file loads nothing and names its lines with exit code 2.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "./main.js";
import { useCliDataDir, type CliDataDir } from "../../test/support/cli-data-dir.js";

let dir: string;
let cli: CliDataDir;

beforeAll(async () => {
  cli = await useCliDataDir("fazhi-catalogue-");
  dir = cli.dir;
});

afterAll(() => cli.restore());

describe("fazhi catalogue", () => {
  it("lists the bundled edition of a new database", async () => {
    const result = await runCommand(["catalogue", "list"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^industry\t国民经济行业分类（GB\/T 4754-2017）\t117条/);
  }, 60_000);

  it("refuses a bad file with every bad line named, and loads nothing", async () => {
    const file = join(dir, "bad.csv");
    await writeFile(file, "编码,名称,上级编码\n52,零售业,F\n5,错,\n");
    const result = await runCommand(["catalogue", "load", "industry", file]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("第1条：上级编码“F”不在本目录中");
    expect(result.stderr).toContain("第2条：编码“5”不符合");
    expect((await runCommand(["catalogue", "list"])).stdout).toContain("117条");
  }, 60_000);

  it("loads a good file, says what the edition dropped, and lists its entries", async () => {
    const file = join(dir, "retail.csv");
    await writeFile(file, "code,name,parent\nF,批发和零售业,\n51,批发业,F\n52,零售业,F\n");
    const loaded = await runCommand([
      "catalogue",
      "load",
      "industry",
      file,
      "--source",
      "测试版本",
    ]);
    expect(loaded.exitCode).toBe(0);
    expect(loaded.stdout).toContain("已载入《国民经济行业分类》3条");
    expect(loaded.stdout).toContain("新版本不再包含114条");
    const listed = await runCommand(["catalogue", "list", "industry"]);
    expect(listed.stdout).toBe(
      "code\tname\tparent\nF\t批发和零售业\t\n51\t批发业\tF\n52\t零售业\tF\n",
    );
  }, 60_000);

  it("names an unknown catalogue and a missing file", async () => {
    expect((await runCommand(["catalogue", "load", "nope", "x.csv"])).stderr).toContain(
      "未知目录“nope”",
    );
    const missing = await runCommand(["catalogue", "load", "industry", join(dir, "none.csv")]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("无法读取文件");
  });
});
