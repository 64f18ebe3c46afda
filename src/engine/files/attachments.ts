// Files kept with records: uploaded into attachment fields by those who may update the record,
// listed and downloaded by those who may read it; every upload, download and removal audited in
// the same transaction as the change (or the read) it records.
import { createHash } from "node:crypto";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { AttachmentFieldDeclaration } from "../../kernel/fields.js";
import { actorId, type Actor } from "../actor.js";
import { appendAudit } from "../audit.js";
import type { EngineContext } from "../context.js";
import { forbidden, notFound, validationError } from "../errors.js";
import { checkReadable } from "../records-read.js";
import { detectFileType, extensionOf, FILE_TYPES } from "./file-types.js";
import { sizeText, type AttachmentLimits } from "./limits.js";
import { mayHandleFiles } from "./required-files.js";
import {
  insertAttachment,
  lockRecordForFiles,
  SELECT_ATTACHMENT,
  type AttachmentView,
} from "./store.js";

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

export function attachmentField(
  type: RecordTypeDeclaration,
  name: string,
): AttachmentFieldDeclaration {
  const field = type.fields.find((candidate) => candidate.name === name);
  if (field?.kind !== "attachment") {
    throw validationError([
      {
        field: name,
        code: "attachment.unknownField",
        message: `${type.label}没有名为“${name}”的附件项`,
      },
    ]);
  }
  return field;
}

/** The message for a file over the limit, shared with the upload route that stops the stream. */
export const tooLargeMessage = (label: string, limits: AttachmentLimits): string =>
  `${label}：文件超过${sizeText(limits.maxBytes)}的上限`;

/** Refuses a file that is empty, too large, of a type not allowed, or named as another type. */
export function checkFile(
  field: AttachmentFieldDeclaration,
  file: { readonly fileName: string; readonly bytes: Uint8Array },
  limits: AttachmentLimits,
): (typeof FILE_TYPES)[keyof typeof FILE_TYPES] {
  const refuse = (code: string, message: string) =>
    validationError([{ field: field.name, code, message }]);
  if (file.fileName.trim() === "" || file.fileName.length > 255)
    throw refuse("attachment.badName", `${field.label}：文件名为空或过长`);
  if (file.bytes.byteLength === 0) throw refuse("attachment.empty", `${field.label}：文件是空的`);
  if (file.bytes.byteLength > limits.maxBytes)
    throw refuse("attachment.tooLarge", tooLargeMessage(field.label, limits));
  const allowed = limits.types.map((id) => FILE_TYPES[id]);
  const names = [...new Set(allowed.map((type) => type.label))].join("、");
  const detected = detectFileType(file.bytes);
  if (detected === null || !limits.types.includes(detected)) {
    throw refuse(
      "attachment.typeNotAllowed",
      `${field.label}：“${file.fileName}”不是允许的文件类型（可上传${names}）`,
    );
  }
  const type = FILE_TYPES[detected];
  if (!(type.extensions as readonly string[]).includes(extensionOf(file.fileName))) {
    throw refuse(
      "attachment.extensionMismatch",
      `${field.label}：“${file.fileName}”的内容是${type.label}文件，扩展名应为.${type.extensions[0]}`,
    );
  }
  return type;
}

/**
 * Whether the actor may upload to the record now, asked before the file is read off the wire so a
 * refused upload costs no memory; uploadAttachment asks again on the locked row.
 */
export async function checkMayUpload(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  recordId: number,
): Promise<void> {
  if (!mayHandleFiles(type, actor)) throw forbidden(`无权为${type.label}上传附件`);
  await context.db.transaction((tx) =>
    lockRecordForFiles(tx, type, actor, recordId, { allowFinal: false }),
  );
}

export async function uploadAttachment(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  recordId: number,
  upload: { readonly field: string; readonly fileName: string; readonly bytes: Uint8Array },
  limits: AttachmentLimits,
): Promise<AttachmentView> {
  const field = attachmentField(type, upload.field);
  if (!mayHandleFiles(type, actor)) throw forbidden(`无权为${type.label}上传附件`);
  const fileType = checkFile(field, upload, limits);
  const sha256 = sha256Hex(upload.bytes);
  return context.db.transaction(async (tx) => {
    await lockRecordForFiles(tx, type, actor, recordId, { allowFinal: false });
    const at = context.now();
    // A single-file field keeps one current file: the new upload replaces (hides) the old one.
    const replaced = field.multiple
      ? []
      : await tx.query<{ id: number }>(
          `UPDATE attachment SET removed_at = $1, removed_by = $2
           WHERE record_type = $3 AND record_id = $4 AND field_name = $5 AND kind = 'upload' AND removed_at IS NULL
           RETURNING id`,
          [at.toISOString(), actorId(actor), type.id, recordId, field.name],
        );
    const view = await insertAttachment(tx, {
      recordType: type.id,
      recordId,
      kind: "upload",
      field: field.name,
      templateId: null,
      documentNumber: null,
      fileName: upload.fileName,
      mediaType: fileType.mediaType,
      bytes: upload.bytes,
      sha256,
      uploadedBy: actorId(actor),
      at,
    });
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId,
      action: "attachment:upload",
      before: replaced.length === 0 ? null : { replaced: replaced.map((row) => row.id) },
      after: {
        attachmentId: view.id,
        field: field.name,
        fileName: view.fileName,
        mediaType: view.mediaType,
        size: view.size,
        sha256,
      },
      at,
    });
    return view;
  });
}

/** The current files of a record (uploads and notices), for those who may read it. */
export async function listAttachments(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  recordId: number,
): Promise<AttachmentView[]> {
  await checkReadable(context, type, actor, recordId);
  return context.db.query<AttachmentView>(
    `${SELECT_ATTACHMENT} WHERE a.record_type = $1 AND a.record_id = $2 AND a.removed_at IS NULL ORDER BY a.id`,
    [type.id, recordId],
  );
}

export type TypeLookup = (id: string) => RecordTypeDeclaration | undefined;

/** A current file and the declaration of its record's type; 404 for either missing. */
async function currentFile(context: EngineContext, findType: TypeLookup, id: number) {
  const [view] = await context.db.query<AttachmentView>(
    `${SELECT_ATTACHMENT} WHERE a.id = $1 AND a.removed_at IS NULL`,
    [id],
  );
  const type = view ? findType(view.recordType) : undefined;
  if (!view || !type) throw notFound("附件");
  return { view, type };
}

/**
 * The file's bytes, for a user who may read its record (404 otherwise, as for the record: whether
 * a file exists is not told to those who may not see it). The download is audited before the
 * bytes are handed out, in one transaction with the read.
 */
export async function downloadAttachment(
  context: EngineContext,
  findType: TypeLookup,
  actor: Actor,
  id: number,
): Promise<{ readonly view: AttachmentView; readonly bytes: Buffer }> {
  const { view, type } = await currentFile(context, findType, id);
  await checkReadable(context, type, actor, view.recordId);
  return context.db.transaction(async (tx) => {
    const [row] = await tx.query<{ content: string }>(
      "SELECT encode(content, 'base64') AS content FROM attachment WHERE id = $1 AND removed_at IS NULL",
      [id],
    );
    if (!row) throw notFound("附件");
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: view.recordId,
      action: "attachment:download",
      before: null,
      after: { attachmentId: id, fileName: view.fileName, sha256: view.sha256 },
      at: context.now(),
    });
    return { view, bytes: Buffer.from(row.content, "base64") };
  });
}

/** Removes an uploaded file from its record (kept in the table, audited); notices keep their number. */
export async function removeAttachment(
  context: EngineContext,
  findType: TypeLookup,
  actor: Actor,
  id: number,
): Promise<void> {
  const { view, type } = await currentFile(context, findType, id);
  await context.db.transaction(async (tx) => {
    // The record first: one the actor may not write answers 404, telling nothing of its files.
    await lockRecordForFiles(tx, type, actor, view.recordId, { allowFinal: false });
    if (!mayHandleFiles(type, actor)) throw forbidden(`无权删除${type.label}的附件`);
    if (view.kind === "notice") throw forbidden("已编号的文书不能删除");
    const at = context.now();
    const removed = await tx.query(
      "UPDATE attachment SET removed_at = $1, removed_by = $2 WHERE id = $3 AND removed_at IS NULL RETURNING id",
      [at.toISOString(), actorId(actor), id],
    );
    if (removed.length === 0) throw notFound("附件");
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: view.recordId,
      action: "attachment:remove",
      before: { attachmentId: id, field: view.field, fileName: view.fileName, sha256: view.sha256 },
      after: null,
      at,
    });
  });
}
