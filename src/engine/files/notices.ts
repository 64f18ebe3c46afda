// Generating a notice of a record's procedure (受理通知书 …) from its template: numbered per
// template and year, filled from the record, rendered as .docx, kept as an attachment of the
// record with its SHA-256 and audited, all in one transaction.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import {
  fillPlaceholders,
  templatesAfter,
  type DocumentTemplateDeclaration,
} from "../../kernel/documents.js";
import { accessPredicate } from "../access.js";
import { actorId, hasAnyRole, type Actor } from "../actor.js";
import { appendAudit } from "../audit.js";
import { todayOf, type EngineContext } from "../context.js";
import { EngineError, forbidden, notFound, validationError } from "../errors.js";
import { tableOf } from "../naming.js";
import { Params } from "../params.js";
import { sha256Hex } from "./attachments.js";
import { mayHandleFiles } from "./required-files.js";
import { fillParagraphs, noticeValue } from "./notice-values.js";
import {
  insertAttachment,
  lockRecordForFiles,
  takenActions,
  type AttachmentView,
} from "./store.js";
import type { Sql } from "../../db/client.js";

/** What a rendered notice says, in the order a letter reads. */
export interface NoticeContent {
  readonly title: string;
  readonly documentNumber: string;
  readonly addressee: string;
  readonly paragraphs: readonly string[];
  readonly issuer: string;
  /** 成文日期, YYYY-MM-DD. */
  readonly issuedOn: string;
}

export type NoticeRenderer = (notice: NoticeContent) => Promise<Uint8Array>;

export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function templateOf(type: RecordTypeDeclaration, id: string): DocumentTemplateDeclaration {
  const template = (type.documents ?? []).find((candidate) => candidate.id === id);
  if (!template) throw notFound("文书模板");
  return template;
}

async function nextDocumentNumber(
  tx: Sql,
  type: RecordTypeDeclaration,
  template: DocumentTemplateDeclaration,
  year: number,
): Promise<string> {
  const [row] = await tx.query<{ last: number }>(
    `INSERT INTO document_number (record_type, template_id, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (record_type, template_id, year) DO UPDATE SET last_number = document_number.last_number + 1
     RETURNING last_number AS last`,
    [type.id, template.id, year],
  );
  return `${template.numberPrefix}〔${String(year)}〕${String(row?.last ?? 1)}号`;
}

export async function generateNotice(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  input: {
    readonly recordId: number;
    readonly templateId: string;
    readonly render: NoticeRenderer;
  },
): Promise<AttachmentView> {
  const template = templateOf(type, input.templateId);
  if (!hasAnyRole(actor, template.roles)) throw forbidden(`无权生成${template.label}`);
  return context.db.transaction(async (tx) => {
    // A notice may follow the action that closed the case (不予受理决定书 after 不予受理).
    const record = await lockRecordForFiles(tx, type, actor, input.recordId, { allowFinal: true });
    const taken = await takenActions(tx, type.id, record.id);
    if (templatesAfter([template], taken).length === 0) {
      const labels = template.afterActions.map(
        (id) => type.workflow.actions.find((action) => action.id === id)?.label ?? id,
      );
      throw new EngineError(
        "invalidTransition",
        `${template.label}须在“${labels.join("”或“")}”之后生成`,
      );
    }
    const problems = [template.dateField, template.issuerField]
      .filter((name) => record.values[name] === null || record.values[name] === undefined)
      .map((name) => {
        const label = type.fields.find((field) => field.name === name)?.label ?? name;
        return {
          field: name,
          code: "notice.missingValue",
          message: `生成${template.label}前请先填写${label}`,
        };
      });
    if (problems.length > 0) throw validationError(problems);
    const dated = record.values[template.dateField];
    const issuedOn = typeof dated === "string" ? dated : todayOf(context);
    const documentNumber = await nextDocumentNumber(
      tx,
      type,
      template,
      Number(issuedOn.slice(0, 4)),
    );
    const valueOf = noticeValue(type, record, {
      recordNumber: record.recordNumber ?? "",
      documentNumber,
    });
    const title = template.title ?? template.label;
    const bytes = await input.render({
      title,
      documentNumber,
      addressee: fillPlaceholders(template.addressee, valueOf),
      paragraphs: fillParagraphs(template.paragraphs, valueOf, record.values),
      issuer: valueOf(template.issuerField),
      issuedOn,
    });
    const at = context.now();
    const sha256 = sha256Hex(bytes);
    const view = await insertAttachment(tx, {
      recordType: type.id,
      recordId: record.id,
      kind: "notice",
      field: null,
      templateId: template.id,
      documentNumber,
      fileName: `${title}（${documentNumber}）.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      bytes,
      sha256,
      uploadedBy: actorId(actor),
      at,
    });
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: record.id,
      action: "notice:generate",
      before: null,
      after: {
        attachmentId: view.id,
        templateId: template.id,
        documentNumber,
        fileName: view.fileName,
        size: view.size,
        sha256,
      },
      at,
    });
    return view;
  });
}

export interface FileOptions {
  /** The actor may upload into (and remove from) the record's attachment fields now. */
  readonly canUpload: boolean;
  /** The notices the actor may generate now (生成文书). */
  readonly templates: readonly { readonly id: string; readonly label: string }[];
}

/** What the detail page offers this actor for the record's files: upload, and which notices. */
export async function fileOptions(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  recordId: number,
): Promise<FileOptions> {
  const params = new Params();
  const writable = accessPredicate({ type, actor, params, purpose: "write", alias: "r" });
  const [row] = await context.db.query<{ state: string }>(
    `SELECT r.state FROM ${tableOf(type)} r WHERE r.id = ${params.add(recordId)} AND ${writable}`,
    params.values,
  );
  if (!row) return { canUpload: false, templates: [] };
  const isFinal = type.workflow.states.some((state) => state.id === row.state && state.isFinal);
  const taken = await takenActions(context.db, type.id, recordId);
  const templates = templatesAfter(type.documents ?? [], taken)
    .filter((template) => hasAnyRole(actor, template.roles))
    .map((template) => ({ id: template.id, label: template.label }));
  return { canUpload: !isFinal && mayHandleFiles(type, actor), templates };
}
