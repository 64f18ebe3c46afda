// `fazhi init`: prepares an empty production database — the root organisation and the first
// administrator — so a city can start without the demo data.
import { parseArgs } from "node:util";
import { insertOrg } from "../admin/orgs.js";
import { hashPassword, passwordProblem } from "../admin/passwords.js";
import { asSystem } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { isEmpty } from "../seed/seed.js";
import { success, usageError, type CommandOutput } from "./io.js";

export async function initCommand(args: readonly string[]): Promise<CommandOutput> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        division: { type: "string" },
        name: { type: "string" },
        admin: { type: "string", default: "admin" },
      },
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.division === undefined || !/^\d{6}$/.test(values.division)) {
    return usageError("--division：应为6位行政区划代码，如 141081。");
  }
  if (values.name === undefined || values.name.trim().length < 2)
    return usageError("--name：请填写本级人民政府名称。");
  if (!/^[a-z][a-z0-9_]{2,31}$/.test(values.admin))
    return usageError("--admin：用户名应为3至32位小写字母、数字或下划线。");
  const password = process.env.FAZHI_ADMIN_PASSWORD ?? "";
  const weak = passwordProblem(password);
  if (weak)
    return usageError(
      `FAZHI_ADMIN_PASSWORD：${weak}（管理员初始密码从此环境变量读取，不在命令行中出现）。`,
    );
  const database = await openDatabase(settingsFromEnv());
  try {
    if (!(await isEmpty(database.db))) return usageError("数据库中已有单位，init 只用于空数据库。");
    const passwordHash = await hashPassword(password);
    const { division, name, admin } = values;
    await database.db.transaction(async (tx) => {
      const root = await insertOrg(tx, {
        parentId: null,
        code: division,
        name: name.trim(),
        kind: "government",
      });
      await tx.query(
        "INSERT INTO app_user (username, display_name, org_id, roles, scope, password_hash) VALUES ($1, $2, $3, $4, 'all', $5)",
        [admin, "系统管理员", root.id, ["admin"], passwordHash],
      );
      await appendAudit(tx, {
        actor: asSystem("初始化数据库"),
        recordType: "org",
        recordId: root.id,
        action: "init",
        before: null,
        after: { division, name: name.trim(), admin },
        at: new Date(),
      });
    });
    return success(
      `已初始化：${name.trim()}（${division}），管理员 ${admin}。请登录后在“系统管理”中建立单位和用户。\n`,
    );
  } finally {
    await database.close();
  }
}
