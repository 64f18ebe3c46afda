// The user import: accounts into the orgs of a county, the passwords usable to sign in and found
// nowhere in the audit log, every bad row named with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { testContext } from "../../test/support/fixtures.js";
import { testServer } from "../../test/support/http.js";
import { asSystem } from "../engine/actor.js";
import { orgSheetModel, userSheetModel } from "../kernel/directory-sheets.js";
import { importOrgs } from "./import-orgs.js";
import { importUsers } from "./import-users.js";
import { filledTemplate, gb18030Csv, initCounty } from "./import-testing.js";
import { hashPassword } from "./passwords.js";

let test: TestDatabase;
const actor = asSystem("命令行导入用户");
const TABLES = ["app_user", "audit_event", "record_type_version"];
const orgIds = new Map<string, number>();

beforeAll(async () => {
  test = await freshDatabase();
  const rootId = await initCounty(test.db);
  // The administrator `fazhi init` creates.
  await test.db.query(
    "INSERT INTO app_user (username, display_name, org_id, roles, scope, password_hash) VALUES ('admin', '系统管理员', $1, $2, 'all', $3)",
    [rootId, ["admin"], await hashPassword("Initial2026password")],
  );
  const orgs = await filledTemplate(orgSheetModel, [
    ["141021-D01", "曲沃县司法局", "141021", "部门", null],
    ["141021100", "乐昌镇", "141021", "乡镇", null],
    ["141021100-SF", "司法所", "141021100", "中心/所", null],
    ["141021101", "史村镇", "141021", "乡镇", null],
    ["141021101-SF", "司法所", "141021101", "中心/所", null],
  ]);
  const result = await importOrgs(testContext(test.db), asSystem("测试"), orgs, {
    fileName: "单位.xlsx",
  });
  expect(result.ok).toBe(true);
  for (const org of await test.db.query<{ id: number; code: string }>("SELECT id, code FROM org"))
    orgIds.set(org.code, org.id);
});
afterAll(() => test.drop());

async function canSignIn(username: string, password: string): Promise<boolean> {
  const app = await testServer(testContext(test.db));
  try {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password },
    });
    return response.statusCode === 200;
  } finally {
    await app.close();
  }
}

describe("importUsers", () => {
  it("creates the accounts, which sign in with their initial passwords", async () => {
    const file = await filledTemplate(userSheetModel, [
      ["zhang_san", "张三", "141021-D01", "经办人员、审核人员", "本单位", "Quwo2026zhang"],
      ["li_si", "李四", "曲沃县司法局", "机构负责人", "本单位及下级", "Quwo2026lisi"],
      ["wang_wu", "王五", "141021100-SF", "人民调解员; 经办人员，经办人员", null, "Quwo2026wangwu"],
    ]);
    expect(file.problems).toEqual([]);
    const result = await importUsers(testContext(test.db), actor, file, { fileName: "用户.xlsx" });
    expect(result).toEqual({ ok: true, count: 3, dryRun: false });

    const users = await test.db.query<{
      username: string;
      displayName: string;
      orgId: number;
      roles: string[];
      scope: string;
    }>(
      `SELECT username, display_name AS "displayName", org_id AS "orgId", roles, scope FROM app_user WHERE username <> 'admin' ORDER BY id`,
    );
    expect(users).toEqual([
      {
        username: "zhang_san",
        displayName: "张三",
        orgId: orgIds.get("141021-D01"),
        roles: ["clerk", "reviewer"],
        scope: "own",
      },
      {
        username: "li_si",
        displayName: "李四",
        orgId: orgIds.get("141021-D01"),
        roles: ["head"],
        scope: "subtree",
      },
      {
        username: "wang_wu",
        displayName: "王五",
        orgId: orgIds.get("141021100-SF"),
        roles: ["mediator", "clerk"],
        scope: "own",
      },
    ]);
    expect(await canSignIn("li_si", "Quwo2026lisi")).toBe(true);
    expect(await canSignIn("li_si", "Quwo2026zhang")).toBe(false);

    const events = await test.db.query<{
      action: string;
      after: Record<string, unknown>;
      text: string;
    }>(
      `SELECT action, after, after::text AS text FROM audit_event WHERE record_type = 'user' ORDER BY seq`,
    );
    expect(events.map((event) => event.action)).toEqual([
      "create",
      "create",
      "create",
      "importBatch",
    ]);
    expect(events[0]?.after).toMatchObject({ username: "zhang_san", roles: ["clerk", "reviewer"] });
    expect(events[3]?.after).toEqual({
      file: "用户.xlsx",
      sha256: file.sha256,
      bytes: file.bytes,
      count: 3,
    });
    // Neither the passwords nor their hashes reach the audit log.
    const log = (
      await test.db.query<{ text: string }>(
        "SELECT coalesce(after::text, '') AS text FROM audit_event",
      )
    )
      .map((row) => row.text)
      .join("\n");
    for (const secret of ["Quwo2026zhang", "Quwo2026lisi", "Quwo2026wangwu", "$argon2", "password"])
      expect(log).not.toContain(secret);
  });

  it("lists every bad row and column and writes nothing", async () => {
    const file = await filledTemplate(userSheetModel, [
      ["admin", "另一个管理员", "141021", "系统管理员", "全部", "Another2026admin"],
      ["zhao_liu", "赵六", "司法所", "经办人员", "本单位", "Zhao2026liu"],
      ["qian_qi", "钱七", "141021-NONE", "科员", "本系统", "short1"],
      ["sun_ba", "孙", "141021-D01", "经办人员", null, "onlyletterspassword"],
      ["sun_ba", "孙八", "141021-D01", null, null, "Sun2026password"],
      ["Bad Name", "周九", null, "经办人员", null, null],
    ]);
    const counts = await tableCounts(test.db, TABLES);
    const result = await importUsers(testContext(test.db), actor, file, { fileName: "用户.xlsx" });
    const at = (line: number, column: string, message: string) => ({
      sheet: "用户",
      line,
      column,
      message,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        at(3, "用户名", "用户名“admin”已存在于系统中"),
        at(4, "所属单位", "名为“司法所”的单位有2个，请填写单位代码"),
        at(
          5,
          "所属单位",
          "单位“141021-NONE”不存在：请填写系统中已有单位的代码或名称（请先导入单位）",
        ),
        at(
          5,
          "角色",
          "未知角色“科员”，应为：系统管理员、依法治市办、经办人员、审核人员、机构负责人、领导、审计人员、人民调解员",
        ),
        at(5, "数据范围", "未知数据范围“本系统”，应为：本单位、本单位及下级、全部"),
        at(5, "初始密码", "密码至少10位"),
        at(6, "姓名", "姓名应为2至40个字"),
        at(6, "初始密码", "密码须同时包含字母和数字"),
        at(7, "用户名", "用户名“sun_ba”与第6行重复"),
        at(7, "角色", "请填写角色"),
        at(8, "用户名", "用户名应为3至32位小写字母、数字或下划线，以字母开头"),
        at(8, "所属单位", "请填写所属单位"),
        at(8, "初始密码", "请填写初始密码"),
      ],
    });
    // A weak password is named, never shown.
    const messages = result.ok ? [] : result.problems.map((problem) => problem.message).join("\n");
    expect(messages).not.toContain("short1");
    expect(messages).not.toContain("onlyletterspassword");
    expect(await tableCounts(test.db, TABLES)).toEqual(counts);
  });

  it("checks without hashing or writing on a dry run", async () => {
    const file = await filledTemplate(userSheetModel, [
      ["zhou_jiu", "周九", "141021101-SF", "人民调解员", null, "Zhou2026jiu00"],
    ]);
    const counts = await tableCounts(test.db, TABLES);
    const result = await importUsers(testContext(test.db), actor, file, {
      fileName: "用户.xlsx",
      dryRun: true,
    });
    expect(result).toEqual({ ok: true, count: 1, dryRun: true });
    expect(await tableCounts(test.db, TABLES)).toEqual(counts);
  });

  it("reads a GB18030 CSV saved by Excel", async () => {
    const file = await gb18030Csv(
      userSheetModel,
      [
        ["用户名", "姓名", "所属单位", "角色", "数据范围", "初始密码"],
        ["wu_shi", "吴十", "史村镇", "领导", "本单位及下级", "Wushi2026pass"],
      ],
      "用户.csv",
    );
    expect(file.encoding).toBe("gb18030");
    expect(await importUsers(testContext(test.db), actor, file, { fileName: "用户.csv" })).toEqual({
      ok: true,
      count: 1,
      dryRun: false,
    });
    const [user] = await test.db.query<{ displayName: string; orgId: number; scope: string }>(
      `SELECT display_name AS "displayName", org_id AS "orgId", scope FROM app_user WHERE username = 'wu_shi'`,
    );
    expect(user).toEqual({ displayName: "吴十", orgId: orgIds.get("141021101"), scope: "subtree" });
    expect(await canSignIn("wu_shi", "Wushi2026pass")).toBe(true);
  });
});
