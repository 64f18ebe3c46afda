// What every report write shares: the audit event, the locked draft at the edited version, the
// paragraph row with its first version, and the report's own version stamp.
import { createHash } from "node:crypto";
import type { Database, Sql } from "../db/client.js";
import { actorId, type Actor } from "../engine/actor.js";
import { appendAudit } from "../engine/audit.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, staleVersion } from "../engine/errors.js";
import { reportRow, type ReportRow } from "./store.js";

export const REPORT_AUDIT_TYPE = "annualReport";

/** The hash of published content, as the audit log records it. */
export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

export async function audit(
  tx: Sql,
  context: EngineContext,
  actor: Actor,
  reportId: number,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  await appendAudit(tx, {
    actor,
    recordType: REPORT_AUDIT_TYPE,
    recordId: reportId,
    action,
    before,
    after,
    at: context.now(),
  });
}

export async function insertParagraph(
  tx: Sql,
  context: EngineContext,
  actor: Actor,
  reportId: number,
  part: string,
  position: number,
  text: string,
) {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO report_paragraph (report_id, part, position, text, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [reportId, part, position, text, actorId(actor), context.now()],
  );
  const id = row?.id ?? 0;
  await tx.query(
    `INSERT INTO report_paragraph_version (paragraph_id, version, text, changed_at, changed_by)
     VALUES ($1, 1, $2, $3, $4)`,
    [id, text, context.now(), actorId(actor)],
  );
  return id;
}

/** The report, locked for writing, still a draft and at the version the user edited. */
export async function draftForWrite(tx: Sql, actor: Actor, reportId: number): Promise<ReportRow> {
  const report = await reportRow(tx, actor, reportId, "write", true);
  if (report.status === "published")
    throw new EngineError("conflict", "已发布的报告不能修改", [
      { field: "status", code: "report.published", message: "报告已发布" },
    ]);
  return report;
}

export async function touch(tx: Sql, context: EngineContext, actor: Actor, reportId: number) {
  await tx.query(
    "UPDATE annual_report SET version = version + 1, updated_at = $1, updated_by = $2 WHERE id = $3",
    [context.now(), actorId(actor), reportId],
  );
}

/** Runs `work` on the locked draft after checking the version the user edited. */
export async function runOnDraft(
  db: Database,
  actor: Actor,
  reportId: number,
  version: unknown,
  work: (tx: Sql, report: ReportRow) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const report = await draftForWrite(tx, actor, reportId);
    if (report.version !== version) throw staleVersion();
    await work(tx, report);
  });
}
