// Reading annual reports: the list a user may see, one report with its paragraphs, and the
// versions of a paragraph (who changed what, when).
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import { notFound } from "../engine/errors.js";
import { Params } from "../engine/params.js";
import { reportAccessSql } from "./access.js";

export interface ReportRow {
  readonly id: number;
  readonly orgId: number;
  readonly orgName: string;
  readonly orgCode: string;
  readonly year: number;
  readonly title: string;
  readonly issuers: string;
  readonly issuedOn: string | null;
  readonly status: "draft" | "published";
  readonly version: number;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
}

export interface ParagraphRow {
  readonly id: number;
  readonly part: string;
  readonly position: number;
  readonly text: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedByName: string | null;
}

const REPORT_COLUMNS = `a.id, a.org_id AS "orgId", o.name AS "orgName", o.code AS "orgCode", a.year,
  a.title, a.issuers, a.issued_on AS "issuedOn", a.status, a.version, a.updated_at AS "updatedAt",
  a.published_at AS "publishedAt"`;

export async function listReports(db: Sql, actor: Actor): Promise<ReportRow[]> {
  const params = new Params();
  return db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM annual_report a JOIN org o ON o.id = a.org_id
     WHERE ${reportAccessSql(actor, params, "read")} ORDER BY a.year DESC, o.path`,
    params.values,
  );
}

/** One report through the read (or write) rule; not found otherwise. */
export async function reportRow(
  db: Sql,
  actor: Actor,
  id: number,
  purpose: "read" | "write" = "read",
  lock = false,
): Promise<ReportRow> {
  const params = new Params();
  const [row] = await db.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS} FROM annual_report a JOIN org o ON o.id = a.org_id
     WHERE a.id = ${params.add(id)} AND ${reportAccessSql(actor, params, purpose)}
     ${lock ? "FOR UPDATE OF a" : ""}`,
    params.values,
  );
  if (!row) throw notFound("年度报告");
  return row;
}

/** Whether the actor may write the report (role and organisation scope). */
export async function mayWrite(db: Sql, actor: Actor, id: number): Promise<boolean> {
  const params = new Params();
  const rows = await db.query(
    `SELECT 1 FROM annual_report a WHERE a.id = ${params.add(id)} AND ${reportAccessSql(actor, params, "write")}`,
    params.values,
  );
  return rows.length > 0;
}

export async function reportParagraphs(db: Sql, reportId: number): Promise<ParagraphRow[]> {
  return db.query<ParagraphRow>(
    `SELECT p.id, p.part, p.position, p.text, p.version, p.updated_at AS "updatedAt",
            u.display_name AS "updatedByName"
     FROM report_paragraph p LEFT JOIN app_user u ON u.id = p.updated_by
     WHERE p.report_id = $1 AND NOT p.deleted ORDER BY p.part, p.position, p.id`,
    [reportId],
  );
}

export async function paragraphVersions(db: Sql, actor: Actor, reportId: number, id: number) {
  await reportRow(db, actor, reportId);
  const rows = await db.query<{
    version: number;
    text: string;
    deleted: boolean;
    changedAt: string;
    changedByName: string | null;
  }>(
    `SELECT v.version, v.text, v.deleted, v.changed_at AS "changedAt", u.display_name AS "changedByName"
     FROM report_paragraph_version v JOIN report_paragraph p ON p.id = v.paragraph_id
     LEFT JOIN app_user u ON u.id = v.changed_by
     WHERE p.report_id = $1 AND v.paragraph_id = $2 ORDER BY v.version DESC`,
    [reportId, id],
  );
  if (rows.length === 0) throw notFound("段落");
  return rows;
}

/** The published report of the public portal, by id; only published ones exist for the public. */
export async function publishedReports(db: Sql) {
  return db.query<{
    id: number;
    orgName: string;
    year: number;
    title: string;
    publishedAt: string;
  }>(
    `SELECT a.id, o.name AS "orgName", a.year, a.title, a.published_at AS "publishedAt"
     FROM annual_report a JOIN org o ON o.id = a.org_id
     WHERE a.status = 'published' ORDER BY a.year DESC, o.path`,
  );
}

export async function publishedContent(db: Sql, id: number): Promise<unknown> {
  const [row] = await db.query<{ content: unknown }>(
    "SELECT published_content AS content FROM annual_report WHERE id = $1 AND status = 'published'",
    [id],
  );
  if (!row) throw notFound("年度报告");
  return row.content;
}
