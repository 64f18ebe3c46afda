// The organisation tree: creating and changing orgs, with their materialised paths, audited.
import type { Sql } from "../db/client.js";
import { ORG_KINDS, type OrgKindName } from "../kernel/orgs.js";
import { isStorableText } from "../kernel/values.js";
import type { Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import { bumpVersion, DIRECTORY } from "../engine/versions.js";
import type { EngineContext } from "../engine/context.js";
import { notFound, validationError, type FieldProblem } from "../engine/errors.js";

export { ORG_KINDS, type OrgKindName };

export interface Org {
  readonly id: number;
  readonly parentId: number | null;
  readonly code: string;
  readonly name: string;
  readonly kind: OrgKindName;
  readonly path: string;
  readonly active: boolean;
}

const SELECT_ORG = `SELECT id, parent_id AS "parentId", code, name, kind, path, active FROM org`;

export const listOrgs = (sql: Sql): Promise<Org[]> => sql.query<Org>(`${SELECT_ORG} ORDER BY path`);

export interface OrgInput {
  readonly parentId: number | null;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
}

export function checkOrgInput(input: Partial<OrgInput>, isNew: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isNew && (typeof input.code !== "string" || !/^[0-9A-Za-z-]{2,40}$/.test(input.code))) {
    problems.push({
      field: "code",
      code: "org.code",
      message: "单位编码应为2至40位字母、数字或连字符",
    });
  }
  if (
    (isNew || input.name !== undefined) &&
    (typeof input.name !== "string" ||
      input.name.trim().length < 2 ||
      input.name.length > 60 ||
      !isStorableText(input.name))
  ) {
    problems.push({ field: "name", code: "org.name", message: "单位名称应为2至60个字" });
  }
  if (
    (isNew || input.kind !== undefined) &&
    !(typeof input.kind === "string" && input.kind in ORG_KINDS)
  ) {
    problems.push({ field: "kind", code: "org.kind", message: "单位类型无效" });
  }
  return problems;
}

/** Inserts an org under its parent (null: a root) and sets its path; used by admin screens and seeding. */
export async function insertOrg(tx: Sql, input: OrgInput): Promise<Org> {
  const problems = checkOrgInput(input, true);
  const parent =
    input.parentId === null
      ? null
      : (await tx.query<Org>(`${SELECT_ORG} WHERE id = $1`, [input.parentId]))[0];
  if (input.parentId !== null && !parent)
    problems.push({ field: "parentId", code: "org.parent", message: "上级单位不存在" });
  const [clash] = await tx.query("SELECT 1 FROM org WHERE code = $1", [input.code]);
  if (clash) problems.push({ field: "code", code: "org.codeTaken", message: "单位编码已存在" });
  if (problems.length > 0) throw validationError(problems);
  const [row] = await tx.query<{ id: number }>(
    "INSERT INTO org (parent_id, code, name, kind, path) VALUES ($1, $2, $3, $4, '') RETURNING id",
    [input.parentId, input.code, input.name.trim(), input.kind],
  );
  const id = row?.id ?? 0;
  const path = `${parent?.path ?? "/"}${id}/`;
  await tx.query("UPDATE org SET path = $1 WHERE id = $2", [path, id]);
  return {
    id,
    parentId: input.parentId,
    code: input.code,
    name: input.name.trim(),
    kind: input.kind as OrgKindName,
    path,
    active: true,
  };
}

export async function createOrg(
  context: EngineContext,
  actor: Actor,
  input: OrgInput,
): Promise<Org> {
  return context.db.transaction(async (tx) => {
    const org = await insertOrg(tx, input);
    await bumpVersion(tx, DIRECTORY);
    await appendAudit(tx, {
      actor,
      recordType: "org",
      recordId: org.id,
      action: "create",
      before: null,
      after: { ...org },
      at: context.now(),
    });
    return org;
  });
}

export async function updateOrg(
  context: EngineContext,
  actor: Actor,
  id: number,
  input: { readonly name?: string; readonly kind?: string; readonly active?: boolean },
): Promise<Org> {
  const problems = checkOrgInput(input, false);
  if (input.active !== undefined && typeof input.active !== "boolean")
    problems.push({ field: "active", code: "org.active", message: "启用状态应为是或否" });
  if (problems.length > 0) throw validationError(problems);
  return context.db.transaction(async (tx) => {
    const [before] = await tx.query<Org>(`${SELECT_ORG} WHERE id = $1 FOR UPDATE`, [id]);
    if (!before) throw notFound("单位");
    const after: Org = {
      ...before,
      ...input,
      kind: (input.kind ?? before.kind) as OrgKindName,
      ...(input.name ? { name: input.name.trim() } : {}),
    };
    await tx.query("UPDATE org SET name = $1, kind = $2, active = $3 WHERE id = $4", [
      after.name,
      after.kind,
      after.active,
      id,
    ]);
    await bumpVersion(tx, DIRECTORY);
    await appendAudit(tx, {
      actor,
      recordType: "org",
      recordId: id,
      action: "update",
      before: { ...before },
      after: { ...after },
      at: context.now(),
    });
    return after;
  });
}
