// Reading schemes: the list a user may see, one scheme, its items and its assessed organisations.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import { notFound } from "../engine/errors.js";
import { Params } from "../engine/params.js";
import { schemeAccessSql } from "./access.js";
import type { SchemeItem, SchemeRow } from "./types.js";

const SCHEME_COLUMNS = `s.id, s.org_id AS "orgId", o.name AS "orgName", s.year, s.title, s.status,
  s.based_on AS "basedOn", s.version, s.published_at AS "publishedAt"`;

export interface AssessedOrg {
  readonly id: number;
  readonly name: string;
  readonly path: string;
}

/**
 * Schemes the actor may open: every scheme in a supervisor's scope, and for anybody else the
 * schemes that assess their organisation (or one above it).
 */
export async function listSchemes(db: Sql, actor: Actor): Promise<SchemeRow[]> {
  const params = new Params();
  const own =
    actor.kind === "user"
      ? `EXISTS (SELECT 1 FROM assessment_org ao JOIN org x ON x.id = ao.org_id
           WHERE ao.scheme_id = s.id AND ${params.add(actor.orgPath)} LIKE x.path || '%')`
      : "FALSE";
  return db.query<SchemeRow>(
    `SELECT ${SCHEME_COLUMNS} FROM assessment_scheme s JOIN org o ON o.id = s.org_id
     WHERE ${schemeAccessSql(actor, params, "supervise")} OR ${own}
     ORDER BY s.year DESC, o.path`,
    params.values,
  );
}

export async function schemeRow(
  db: Sql,
  actor: Actor,
  id: number,
  lock = false,
): Promise<SchemeRow> {
  const rows = await listSchemes(db, actor);
  if (!rows.some((row) => row.id === id)) throw notFound("考核方案");
  const [row] = await db.query<SchemeRow>(
    `SELECT ${SCHEME_COLUMNS} FROM assessment_scheme s JOIN org o ON o.id = s.org_id
     WHERE s.id = $1 ${lock ? "FOR UPDATE OF s" : ""}`,
    [id],
  );
  if (!row) throw notFound("考核方案");
  return row;
}

/** Whether the actor supervises (reads all scorecards of) or writes the scheme. */
export async function mayOnScheme(
  db: Sql,
  actor: Actor,
  id: number,
  purpose: "supervise" | "write",
): Promise<boolean> {
  const params = new Params();
  const rows = await db.query(
    `SELECT 1 FROM assessment_scheme s WHERE s.id = ${params.add(id)}
       AND ${schemeAccessSql(actor, params, purpose)}`,
    params.values,
  );
  return rows.length > 0;
}

export async function schemeItems(db: Sql, schemeId: number): Promise<SchemeItem[]> {
  return db.query<SchemeItem>(
    `SELECT id, parent_id AS "parentId", position, label, points, method
     FROM assessment_item WHERE scheme_id = $1 ORDER BY position, id`,
    [schemeId],
  );
}

export async function assessedOrgs(db: Sql, schemeId: number): Promise<AssessedOrg[]> {
  return db.query<AssessedOrg>(
    `SELECT o.id, o.name, o.path FROM assessment_org ao JOIN org o ON o.id = ao.org_id
     WHERE ao.scheme_id = $1 ORDER BY o.path`,
    [schemeId],
  );
}
