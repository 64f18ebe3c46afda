// Users: accounts with roles and a data scope in the organisation tree, audited; never their hashes.
import type { Sql } from "../db/client.js";
import { isRole, isScope, type Role, type Scope } from "../kernel/roles.js";
import { isStorableText } from "../kernel/values.js";
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { bumpVersion, DIRECTORY } from "../engine/versions.js";
import type { EngineContext } from "../engine/context.js";
import { notFound, validationError, type FieldProblem } from "../engine/errors.js";
import { hashPassword, passwordProblem } from "./passwords.js";

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly orgId: number;
  readonly roles: readonly Role[];
  readonly scope: Scope;
  readonly active: boolean;
}

const SELECT_USER = `SELECT id, username, display_name AS "displayName", org_id AS "orgId", roles, scope, active FROM app_user`;

export const listUsers = (sql: Sql): Promise<User[]> =>
  sql.query<User>(`${SELECT_USER} ORDER BY id`);

export interface UserInput {
  readonly username?: unknown;
  readonly displayName?: unknown;
  readonly orgId?: unknown;
  readonly roles?: unknown;
  readonly scope?: unknown;
  readonly password?: unknown;
  readonly active?: unknown;
}

/** The checks that need no database: shapes of the fields, roles, scope and password strength. */
export function userFieldProblems(input: UserInput, isNew: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const has = (key: keyof UserInput) => isNew || input[key] !== undefined;
  if (
    isNew &&
    (typeof input.username !== "string" || !/^[a-z][a-z0-9_]{2,31}$/.test(input.username))
  ) {
    problems.push({
      field: "username",
      code: "user.username",
      message: "用户名应为3至32位小写字母、数字或下划线，以字母开头",
    });
  }
  if (
    has("displayName") &&
    (typeof input.displayName !== "string" ||
      input.displayName.trim().length < 2 ||
      input.displayName.length > 40 ||
      !isStorableText(input.displayName))
  ) {
    problems.push({ field: "displayName", code: "user.displayName", message: "姓名应为2至40个字" });
  }
  if (
    has("roles") &&
    !(
      Array.isArray(input.roles) &&
      input.roles.length > 0 &&
      input.roles.every((role) => typeof role === "string" && isRole(role))
    )
  ) {
    problems.push({ field: "roles", code: "user.roles", message: "请至少选择一个有效角色" });
  }
  if (has("scope") && !(typeof input.scope === "string" && isScope(input.scope))) {
    problems.push({ field: "scope", code: "user.scope", message: "数据范围无效" });
  }
  if (has("password")) {
    const problem =
      typeof input.password === "string" ? passwordProblem(input.password) : "请填写密码";
    if (problem) problems.push({ field: "password", code: "user.password", message: problem });
  }
  if (input.active !== undefined && typeof input.active !== "boolean")
    problems.push({ field: "active", code: "user.active", message: "启用状态应为是或否" });
  return problems;
}

async function checkUserInput(sql: Sql, input: UserInput, isNew: boolean): Promise<FieldProblem[]> {
  const problems = userFieldProblems(input, isNew);
  if (
    isNew &&
    !problems.some((problem) => problem.field === "username") &&
    (await sql.query("SELECT 1 FROM app_user WHERE username = $1", [input.username])).length > 0
  ) {
    problems.push({ field: "username", code: "user.usernameTaken", message: "用户名已存在" });
  }
  if (isNew || input.orgId !== undefined) {
    const exists =
      typeof input.orgId === "number" &&
      (await sql.query("SELECT 1 FROM org WHERE id = $1", [input.orgId])).length > 0;
    if (!exists) problems.push({ field: "orgId", code: "user.org", message: "所属单位不存在" });
  }
  return problems;
}

/** The audit log records what changed, never a password or its hash. */
export const auditView = (user: User) => ({ ...user, roles: [...user.roles] });

/** A new user's values once checked: the shape insertUser takes. */
export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly orgId: number;
  readonly roles: readonly Role[];
  readonly scope: Scope;
}

/** Inserts a checked user with its password hash; the caller audits and bumps the directory. */
export async function insertUser(tx: Sql, input: NewUser, passwordHash: string): Promise<User> {
  const [user] = await tx.query<User>(
    `INSERT INTO app_user (username, display_name, org_id, roles, scope, password_hash) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, username, display_name AS "displayName", org_id AS "orgId", roles, scope, active`,
    [input.username, input.displayName.trim(), input.orgId, input.roles, input.scope, passwordHash],
  );
  if (!user) throw new Error("insert returned no row");
  return user;
}

export async function createUser(
  context: EngineContext,
  actor: Actor,
  input: UserInput,
): Promise<User> {
  const problems = await checkUserInput(context.db, input, true);
  if (problems.length > 0) throw validationError(problems);
  const passwordHash = await hashPassword(input.password as string);
  return context.db.transaction(async (tx) => {
    const user = await insertUser(tx, input as NewUser, passwordHash);
    await bumpVersion(tx, DIRECTORY);
    await appendAudit(tx, {
      actor,
      recordType: "user",
      recordId: user.id,
      action: "create",
      before: null,
      after: auditView(user),
      at: context.now(),
    });
    return user;
  });
}

export async function updateUser(
  context: EngineContext,
  actor: Actor,
  id: number,
  input: UserInput,
): Promise<User> {
  if (input.username !== undefined)
    throw validationError([
      { field: "username", code: "user.usernameFixed", message: "用户名不能修改" },
    ]);
  const problems = await checkUserInput(context.db, input, false);
  if (problems.length > 0) throw validationError(problems);
  const passwordHash =
    typeof input.password === "string" ? await hashPassword(input.password) : null;
  return context.db.transaction(async (tx) => {
    const [before] = await tx.query<User>(`${SELECT_USER} WHERE id = $1 FOR UPDATE`, [id]);
    if (!before) throw notFound("用户");
    const after: User = {
      ...before,
      ...(typeof input.displayName === "string" ? { displayName: input.displayName.trim() } : {}),
      ...(typeof input.orgId === "number" ? { orgId: input.orgId } : {}),
      ...(Array.isArray(input.roles) ? { roles: input.roles as Role[] } : {}),
      ...(typeof input.scope === "string" ? { scope: input.scope as Scope } : {}),
      ...(typeof input.active === "boolean" ? { active: input.active } : {}),
    };
    await tx.query(
      `UPDATE app_user SET display_name = $1, org_id = $2, roles = $3, scope = $4, active = $5,
         password_hash = COALESCE($6, password_hash) WHERE id = $7`,
      [after.displayName, after.orgId, after.roles, after.scope, after.active, passwordHash, id],
    );
    if (passwordHash !== null || !after.active)
      await tx.query("DELETE FROM session WHERE user_id = $1", [id]);
    await bumpVersion(tx, DIRECTORY);
    await appendAudit(tx, {
      actor,
      recordType: "user",
      recordId: id,
      action: passwordHash === null ? "update" : "update+password",
      before: auditView(before),
      after: auditView(after),
      at: context.now(),
    });
    return after;
  });
}
