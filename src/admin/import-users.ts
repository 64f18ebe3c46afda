// `fazhi import user`: user accounts from one file, all or nothing, into orgs already in the
// database. Passwords are hashed only once every row has passed (argon2 is slow on purpose), and
// never leave this file in clear: not in problems, not in the audit log.
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { bumpVersion, DIRECTORY } from "../engine/versions.js";
import { ROLE_SEPARATORS, userSheetModel as model } from "../kernel/directory-sheets.js";
import { ROLE_LABELS, SCOPE_LABELS, type Role, type Scope } from "../kernel/roles.js";
import type { SheetFile, SheetRow } from "../sheets/types.js";
import {
  auditBatch,
  byLabel,
  columnOf,
  ProblemList,
  type ImportContext,
  type ImportOptions,
  type ImportResult,
} from "./import-file.js";
import { cellAsText } from "../sheets/cells.js";
import { hashPassword } from "./passwords.js";
import { auditView, insertUser, userFieldProblems, type NewUser } from "./users.js";

const COLUMNS = {
  username: columnOf(model, "username"),
  displayName: columnOf(model, "displayName"),
  org: columnOf(model, "org"),
  roles: columnOf(model, "roles"),
  scope: columnOf(model, "scope"),
  password: columnOf(model, "password"),
};
type Key = keyof typeof COLUMNS;

/** Hashes at a time: argon2 runs off the main thread, a few at once without starving the server. */
export const HASH_CONCURRENCY = 4;

const ROLE_BY_LABEL = byLabel(ROLE_LABELS);
const SCOPE_BY_LABEL = byLabel(SCOPE_LABELS);

interface UserRow extends NewUser {
  readonly row: SheetRow;
  readonly password: string;
}

/** Orgs a cell may name: by code, or by a name that only one org has. */
interface OrgIndex {
  readonly byCode: ReadonlyMap<string, number>;
  readonly byName: ReadonlyMap<string, readonly number[]>;
}

async function orgIndex(context: ImportContext): Promise<OrgIndex> {
  const orgs = await context.db.query<{ id: number; code: string; name: string }>(
    "SELECT id, code, name FROM org",
  );
  const byName = new Map<string, number[]>();
  for (const org of orgs) byName.set(org.name, [...(byName.get(org.name) ?? []), org.id]);
  return { byCode: new Map(orgs.map((org) => [org.code, org.id])), byName };
}

function orgOf(text: string, orgs: OrgIndex): number | string {
  const byCode = orgs.byCode.get(text);
  if (byCode !== undefined) return byCode;
  const named = orgs.byName.get(text) ?? [];
  if (named.length === 1 && named[0] !== undefined) return named[0];
  return named.length > 1
    ? `名为“${text}”的单位有${named.length}个，请填写单位代码`
    : `单位“${text}”不存在：请填写系统中已有单位的代码或名称（请先导入单位）`;
}

function rolesOf(text: string): Role[] | string {
  const labels = text
    .split(ROLE_SEPARATORS)
    .map((label) => label.trim())
    .filter((label) => label !== "");
  const unknown = labels.filter((label) => !ROLE_BY_LABEL.has(label));
  if (unknown.length > 0)
    return `未知角色“${unknown.join("、")}”，应为：${Object.values(ROLE_LABELS).join("、")}`;
  // A role named twice is one role.
  return [...new Set(labels.map((label) => ROLE_BY_LABEL.get(label) as Role))];
}

function checkRow(row: SheetRow, orgs: OrgIndex, problems: ProblemList): UserRow {
  const text = (key: Key) => cellAsText(row.cells[key])?.trim() ?? null;
  const reported = new Set<string>();
  const report = (key: Key, message: string) => {
    problems.add(row, COLUMNS[key], message);
    reported.add(key);
  };
  for (const key of ["username", "displayName", "org", "roles", "password"] as const)
    if (text(key) === null) {
      problems.addEmpty(row, COLUMNS[key]);
      reported.add(key);
    }
  // The reader trims cells, so spaces around a password are not part of it.
  const password = text("password") ?? "";
  const orgText = text("org");
  const org = orgText === null ? 0 : orgOf(orgText, orgs);
  if (typeof org === "string") report("org", org);
  const rolesText = text("roles");
  const roles = rolesText === null ? [] : rolesOf(rolesText);
  if (typeof roles === "string") report("roles", roles);
  const scopeText = text("scope");
  const scope = scopeText === null ? "own" : SCOPE_BY_LABEL.get(scopeText);
  if (scope === undefined)
    report(
      "scope",
      `未知数据范围“${scopeText ?? ""}”，应为：${Object.values(SCOPE_LABELS).join("、")}`,
    );
  const user = {
    row,
    username: text("username") ?? "",
    displayName: text("displayName") ?? "",
    orgId: typeof org === "number" ? org : 0,
    roles: typeof roles === "string" ? [] : roles,
    scope: scope ?? ("own" satisfies Scope),
    password,
  };
  // The rules the admin screen applies, on what is not already reported.
  for (const problem of userFieldProblems(user, true)) {
    const key = problem.field as Key;
    if (!reported.has(key)) problems.add(row, COLUMNS[key], problem.message);
  }
  return user;
}

/** Usernames taken twice in the file or already in the database. */
async function checkUsernames(
  context: ImportContext,
  users: readonly UserRow[],
  problems: ProblemList,
): Promise<void> {
  const names = users.map((user) => user.username).filter((name) => name !== "");
  const taken = new Set(
    (
      await context.db.query<{ username: string }>(
        "SELECT username FROM app_user WHERE username = ANY($1)",
        [names],
      )
    ).map((row) => row.username),
  );
  const firstLine = new Map<string, number>();
  for (const user of users) {
    if (user.username === "") continue;
    const first = firstLine.get(user.username);
    if (first !== undefined)
      problems.add(user.row, COLUMNS.username, `用户名“${user.username}”与第${first}行重复`);
    else if (taken.has(user.username))
      problems.add(user.row, COLUMNS.username, `用户名“${user.username}”已存在于系统中`);
    if (first === undefined) firstLine.set(user.username, user.row.line);
  }
}

/** Each item mapped with at most `limit` in flight, results in input order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function importUsers(
  context: ImportContext,
  actor: Actor,
  file: SheetFile,
  options: ImportOptions,
): Promise<ImportResult> {
  const problems = new ProblemList(model, file, options.fileName);
  const orgs = await orgIndex(context);
  const users = file.rows.map((row) => checkRow(row, orgs, problems));
  await checkUsernames(context, users, problems);
  if (problems.items.length > 0) return { ok: false, problems: problems.sorted() };
  if (users.length === 0)
    return {
      ok: false,
      problems: [{ sheet: problems.sheet, line: 0, column: "", message: "文件中没有用户" }],
    };
  if (options.dryRun) return { ok: true, count: users.length, dryRun: true };
  const hashed = await mapLimited(users, HASH_CONCURRENCY, async (user) => ({
    user,
    hash: await hashPassword(user.password),
  }));
  // A username taken since the check fails the unique index, and the whole batch rolls back.
  await context.db.transaction(async (tx) => {
    for (const { user, hash } of hashed) {
      const created = await insertUser(tx, user, hash);
      await appendAudit(tx, {
        actor,
        recordType: "user",
        recordId: created.id,
        action: "create",
        before: null,
        after: auditView(created),
        at: context.now(),
      });
    }
    await auditBatch(tx, context, actor, "user", file, options, users.length);
    await bumpVersion(tx, DIRECTORY);
  });
  return { ok: true, count: users.length, dryRun: false };
}
