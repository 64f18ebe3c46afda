// The attachment table: rows as the API shows them, and the queries every file operation shares.
import type { Sql } from "../../db/client.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { Actor } from "../actor.js";
import { EngineError } from "../errors.js";
import { type RecordRow } from "../select.js";
import { lockWritableRecord } from "../record-lock.js";

export interface AttachmentView {
  readonly id: number;
  readonly recordType: string;
  readonly recordId: number;
  readonly kind: "upload" | "notice";
  /** The attachment field of an upload; null for a notice. */
  readonly field: string | null;
  /** The document template of a notice; null for an upload. */
  readonly templateId: string | null;
  readonly documentNumber: string | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploadedBy: string | null;
  readonly uploadedAt: string;
}

export const SELECT_ATTACHMENT = `SELECT a.id, a.record_type AS "recordType", a.record_id AS "recordId",
  a.kind, a.field_name AS "field", a.template_id AS "templateId", a.document_number AS "documentNumber",
  a.file_name AS "fileName", a.media_type AS "mediaType", a.size_bytes AS "size", a.sha256,
  u.display_name AS "uploadedBy", a.uploaded_at AS "uploadedAt"
  FROM attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by`;

export interface NewAttachment {
  readonly recordType: string;
  readonly recordId: number;
  readonly kind: "upload" | "notice";
  readonly field: string | null;
  readonly templateId: string | null;
  readonly documentNumber: string | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly uploadedBy: number | null;
  readonly at: Date;
}

/** Inserts the file; bytes travel as base64 text, which both drivers pass alike. */
export async function insertAttachment(tx: Sql, file: NewAttachment): Promise<AttachmentView> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO attachment (record_type, record_id, kind, field_name, template_id, document_number,
       file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, decode($11, 'base64'), $12, $13) RETURNING id`,
    [
      file.recordType,
      file.recordId,
      file.kind,
      file.field,
      file.templateId,
      file.documentNumber,
      file.fileName,
      file.mediaType,
      file.bytes.byteLength,
      file.sha256,
      Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString(
        "base64",
      ),
      file.uploadedBy,
      file.at.toISOString(),
    ],
  );
  if (!row) throw new Error("attachment insert returned no row");
  const [view] = await tx.query<AttachmentView>(`${SELECT_ATTACHMENT} WHERE a.id = $1`, [row.id]);
  if (!view) throw new Error("attachment not read back");
  return view;
}

/**
 * The record locked for a change of its files: through the write rule (404 otherwise, as for
 * edits), and not frozen in a final state (an archived case keeps the files it was closed with).
 */
export async function lockRecordForFiles(
  tx: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
  options: { readonly allowFinal: boolean },
): Promise<RecordRow> {
  const record = await lockWritableRecord(tx, type, actor, id);
  const state = type.workflow.states.find((candidate) => candidate.id === record.state);
  if (state?.isFinal === true && !options.allowFinal)
    throw new EngineError("invalidTransition", `${state.label}的记录已归档，不能更改附件`);
  return record;
}

/** Ids of the workflow actions ever taken on the record, from its audit trail. */
export async function takenActions(sql: Sql, recordType: string, id: number): Promise<Set<string>> {
  const rows = await sql.query<{ action: string }>(
    `SELECT DISTINCT substr(action, 8) AS action FROM audit_event
     WHERE record_type = $1 AND record_id = $2 AND action LIKE 'action:%'`,
    [recordType, id],
  );
  return new Set(rows.map((row) => row.action));
}
