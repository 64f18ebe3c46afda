// The hand scores and objections of a scheme's year, read once for every assessed organisation:
// the records of the assessmentScore and assessmentObjection types (src/domains/assessment).
import type { Sql } from "../db/client.js";
import { assessmentObjection, assessmentScore } from "../domains/assessment/index.js";
import { columnOf, tableOf } from "../engine/naming.js";

export interface HandScoreEntry {
  readonly recordId: number;
  readonly recordNumber: string;
  readonly itemId: number;
  readonly orgId: number;
  readonly points: number;
  readonly reason: string;
  readonly evidenceNote: string;
  /** Evidence files attached to the record (not removed). */
  readonly files: number;
  readonly version: number;
}

export interface ObjectionEntry {
  readonly recordId: number;
  readonly recordNumber: string;
  readonly itemId: number;
  readonly orgId: number;
  readonly state: string;
  readonly reason: string;
  readonly originalPoints: number;
  readonly adjustedPoints: number | null;
  readonly resolution: string | null;
  readonly submittedOn: string;
  readonly version: number;
}

const c = columnOf;
const textOf = (value: unknown): string => (typeof value === "string" ? value : "");

/** The latest hand score per item and organisation of the given items. */
export async function handScores(db: Sql, itemIds: readonly number[]): Promise<HandScoreEntry[]> {
  if (itemIds.length === 0) return [];
  const rows = await db.query(
    `SELECT DISTINCT ON (r.${c("schemeItem")}, r.${c("assessedOrg")})
       r.id, r.record_number, r.${c("schemeItem")} AS item, r.${c("assessedOrg")} AS org,
       r.${c("points")} AS points, r.${c("reason")} AS reason, r.${c("evidenceNote")} AS note,
       r.version,
       (SELECT count(*) FROM attachment a WHERE a.record_type = $2 AND a.record_id = r.id
          AND a.field_name = 'evidence' AND a.removed_at IS NULL) AS files
     FROM ${tableOf(assessmentScore)} r WHERE r.${c("schemeItem")} = ANY($1::bigint[])
     ORDER BY r.${c("schemeItem")}, r.${c("assessedOrg")}, r.updated_at DESC, r.id DESC`,
    [itemIds, assessmentScore.id],
  );
  return rows.map((row) => ({
    recordId: Number(row.id),
    recordNumber: textOf(row.record_number),
    itemId: Number(row.item),
    orgId: Number(row.org),
    points: Number(row.points),
    reason: textOf(row.reason),
    evidenceNote: textOf(row.note),
    files: Number(row.files),
    version: Number(row.version),
  }));
}

/** Every objection against the given items, oldest first. */
export async function objections(db: Sql, itemIds: readonly number[]): Promise<ObjectionEntry[]> {
  if (itemIds.length === 0) return [];
  const rows = await db.query(
    `SELECT r.id, r.record_number, r.state, r.version, r.${c("schemeItem")} AS item, r.${c("assessedOrg")} AS org,
       r.${c("reason")} AS reason, r.${c("originalPoints")} AS original,
       r.${c("adjustedPoints")} AS adjusted, r.${c("resolution")} AS resolution,
       r.${c("submittedOn")}::text AS submitted
     FROM ${tableOf(assessmentObjection)} r WHERE r.${c("schemeItem")} = ANY($1::bigint[])
     ORDER BY r.${c("submittedOn")}, r.id`,
    [itemIds],
  );
  return rows.map((row) => ({
    recordId: Number(row.id),
    recordNumber: textOf(row.record_number),
    itemId: Number(row.item),
    orgId: Number(row.org),
    state: textOf(row.state),
    reason: textOf(row.reason),
    originalPoints: Number(row.original),
    adjustedPoints:
      row.adjusted === null || row.adjusted === undefined ? null : Number(row.adjusted),
    resolution: typeof row.resolution === "string" ? row.resolution : null,
    submittedOn: textOf(row.submitted),
    version: Number(row.version),
  }));
}
