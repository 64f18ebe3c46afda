// `fazhi verify-draw FILE` on a published test vector and on tampered copies of it.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishedDraw } from "../draw/index.js";
import { runCommand } from "./main.js";

interface Vectors {
  readonly draws: readonly { readonly name: string; readonly file: PublishedDraw }[];
}

let dir = "";
let good: PublishedDraw;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fazhi-verify-draw-"));
  const vectors = JSON.parse(
    await readFile(
      join(import.meta.dirname, "..", "..", "docs", "random-draw-vectors.json"),
      "utf8",
    ),
  ) as Vectors;
  const vector = vectors.draws.find((d) => d.name === "joint-risk-weighted-recusals");
  if (!vector) throw new Error("vector missing");
  good = vector.file;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function verify(name: string, file: unknown) {
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify(file));
  return runCommand(["verify-draw", path]);
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A deep copy to tamper with. */
const copy = (): Mutable<PublishedDraw> => structuredClone(good) as Mutable<PublishedDraw>;

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("test data missing");
  return value;
}

describe("fazhi verify-draw", () => {
  it("verifies a published draw and prints the plan, hashes, seed, checks and selection", async () => {
    const result = await verify("good", good);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`抽查计划：${good.material.plan.number}`);
    expect(result.stdout).toContain(good.material.strata[0]?.sha256);
    expect(result.stdout).toContain("“03 11 17 22 28 31 09”");
    expect(result.stdout).toContain(`种子 SHA-256（公布值）：${good.outcome.seedSha256}`);
    expect(result.stdout).not.toContain("✗");
    expect(result.stdout).toContain(`重新摇号的结果（共${good.outcome.selections.length}户）`);
    expect(result.stdout).toContain("结论：验证通过");
  });

  it("fails on a changed entity list and names the stratum", async () => {
    const file = copy();
    must(must(file.material.strata[1]).entities[0]).name = "另一家公司";
    const result = await verify("list", file);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/✗ 未通过 {2}抽查材料/);
    expect(result.stdout).toContain("material.strata[1].sha256：与名录重新计算的哈希");
    expect(result.stdout).toContain("结论：验证未通过");
  });

  it("fails on a changed seed value: the seed hash and the selection differ", async () => {
    const file = copy();
    must(file.seed[1]).value = "见证人 王某 20261205";
    const result = await verify("seed", file);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("outcome.seedSha256：公布值与由材料哈希和种子值重新计算的");
    expect(result.stdout).toMatch(/✗ 未通过 {2}按公布的材料和种子重新摇号/);
  });

  it("fails on a changed outcome and names the selection", async () => {
    const file = copy();
    must(file.outcome.selections[0]).creditCode = must(
      good.material.strata[0]?.entities[0],
    ).creditCode;
    const result = await verify("outcome", file);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("outcome.selections[0]：公布为");
  });

  it("fails when a published team holds a recused inspector", async () => {
    const file = copy();
    const recusal = must(good.material.recusals[0]);
    const team = must(file.outcome.selections.find((s) => s.creditCode === recusal.creditCode));
    team.inspectors[0] = recusal.inspector;
    const result = await verify("recused", file);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `执法人员“${recusal.inspector}”对企业 ${recusal.creditCode} 应回避（declared）`,
    );
  });

  it("reports an unreadable or malformed file as a usage error", async () => {
    expect((await runCommand(["verify-draw"])).exitCode).toBe(2);
    expect((await runCommand(["verify-draw", join(dir, "missing.json")])).stderr).toContain(
      "无法读取文件",
    );
    const path = join(dir, "broken.json");
    await writeFile(path, "{");
    expect((await runCommand(["verify-draw", path])).stderr).toContain("不是有效的JSON");
    const shape = await verify("shape", { format: "fazhi-draw/1", material: 1 });
    expect(shape.exitCode).toBe(1);
    expect(shape.stdout).toContain("materialSha256：缺少此字段");
  });
});
