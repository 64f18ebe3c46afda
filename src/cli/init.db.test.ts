// `fazhi init` prepares an empty database for real use: root organisation and first administrator.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../runtime/database.js";
import { verifyPassword } from "../admin/passwords.js";
import { runCommand } from "./main.js";

let dir: string;
const saved = {
  dataDir: process.env.FAZHI_DATA_DIR,
  url: process.env.DATABASE_URL,
  password: process.env.FAZHI_ADMIN_PASSWORD,
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fazhi-init-"));
  process.env.FAZHI_DATA_DIR = join(dir, "data");
  delete process.env.DATABASE_URL;
});

function restore(
  key: "FAZHI_DATA_DIR" | "DATABASE_URL" | "FAZHI_ADMIN_PASSWORD",
  value: string | undefined,
) {
  if (value === undefined) Reflect.deleteProperty(process.env, key);
  else process.env[key] = value;
}

afterAll(async () => {
  restore("FAZHI_DATA_DIR", saved.dataDir);
  restore("DATABASE_URL", saved.url);
  restore("FAZHI_ADMIN_PASSWORD", saved.password);
  await rm(dir, { recursive: true, force: true });
});

describe("fazhi init", () => {
  it("refuses a weak password and a bad division code, naming them", async () => {
    process.env.FAZHI_ADMIN_PASSWORD = "short";
    expect(
      (await runCommand(["init", "--division", "141081", "--name", "侯马市人民政府"])).stderr,
    ).toContain("FAZHI_ADMIN_PASSWORD");
    process.env.FAZHI_ADMIN_PASSWORD = "Initial2026password";
    expect(
      (await runCommand(["init", "--division", "14108", "--name", "侯马市人民政府"])).stderr,
    ).toContain("--division");
  });

  it("creates the root organisation and an administrator, once", async () => {
    const output = await runCommand(["init", "--division", "141081", "--name", "侯马市人民政府"]);
    expect(output).toMatchObject({ exitCode: 0 });
    const again = await runCommand(["init", "--division", "141081", "--name", "侯马市人民政府"]);
    expect(again.stderr).toContain("只用于空数据库");
    const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
    try {
      const [user] = await database.db.query<{
        hash: string;
        roles: string[];
        scope: string;
        org: string;
      }>(
        `SELECT u.password_hash AS hash, u.roles, u.scope, o.code AS org FROM app_user u JOIN org o ON o.id = u.org_id WHERE u.username = 'admin'`,
      );
      expect(user).toMatchObject({ roles: ["admin"], scope: "all", org: "141081" });
      expect(await verifyPassword(user?.hash ?? "", "Initial2026password")).toBe(true);
    } finally {
      await database.close();
    }
  });
});
