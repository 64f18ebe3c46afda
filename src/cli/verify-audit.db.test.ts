// `fazhi verify-audit` on the embedded database, and the data-directory lock that guards it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogues } from "../domains/catalogues/index.js";
import { asSystem } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { lockDataDirectory } from "../db/lock.js";
import { openDatabase } from "../runtime/database.js";
import { runCommand } from "./main.js";

let dataDir: string;
const previous = process.env.FAZHI_DATA_DIR;
const previousUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), "fazhi-cli-")), "data");
  process.env.FAZHI_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const database = await openDatabase({ url: undefined, dataDir });
  await database.db.transaction((tx) =>
    appendAudit(tx, {
      actor: asSystem("测试"),
      recordType: "org",
      recordId: 1,
      action: "create",
      before: null,
      after: { name: "测试" },
      at: new Date(),
    }),
  );
  await database.close();
});

afterAll(async () => {
  if (previous === undefined) delete process.env.FAZHI_DATA_DIR;
  else process.env.FAZHI_DATA_DIR = previous;
  if (previousUrl !== undefined) process.env.DATABASE_URL = previousUrl;
  await rm(join(dataDir, ".."), { recursive: true, force: true });
});

describe("fazhi verify-audit", () => {
  it("reports an intact chain", async () => {
    const output = await runCommand(["verify-audit"]);
    expect(output).toMatchObject({
      exitCode: 0,
      // The installation of each bundled catalogue, then the event written above.
      stdout: `审计日志完整：共${String(catalogues.length + 1)}条事件，哈希链校验通过。\n`,
    });
  });

  it("is refused with a clear message while another process holds the data directory", async () => {
    const release = await lockDataDirectory(dataDir);
    try {
      const output = await runCommand(["verify-audit"]);
      expect(output.exitCode).toBe(3);
      expect(output.stderr).toContain("正被另一个 fazhi 进程使用");
    } finally {
      await release();
    }
  });
});
