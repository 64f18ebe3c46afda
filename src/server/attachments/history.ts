// File events in 办理记录: an upload, removal or generated notice reads as the file's name and
// hash under its field; downloads are reads, shown (like views of full identifiers) to auditors only.
import type { AuditEvent } from "../../engine/audit.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { HistoryChangeView } from "../records/history.js";

export const FILE_ACTION_LABELS: Readonly<Record<string, string>> = {
  "attachment:upload": "上传附件",
  "attachment:remove": "删除附件",
  "attachment:download": "下载附件",
  "notice:generate": "生成文书",
};

/** Read events that only auditors see in a record's timeline. */
export const isFileRead = (action: string): boolean => action === "attachment:download";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

function described(file: Record<string, unknown>): string {
  const number = text(file.documentNumber);
  const name = `${number === "" ? "" : `${number} `}${text(file.fileName)}`;
  return `${name}（SHA-256：${text(file.sha256)}）`;
}

/** The changes of a file event, or null when the event is not about files. */
export function fileChanges(
  type: RecordTypeDeclaration,
  event: AuditEvent,
): HistoryChangeView[] | null {
  if (!(event.action in FILE_ACTION_LABELS)) return null;
  const file = (event.after ?? event.before ?? {}) as Record<string, unknown>;
  const fieldName = text(file.field);
  const template = (type.documents ?? []).find((doc) => doc.id === text(file.templateId));
  const label =
    template?.label ?? type.fields.find((field) => field.name === fieldName)?.label ?? "文件";
  const shown = described(file);
  return [
    {
      field: fieldName === "" ? "file" : fieldName,
      label,
      before: event.action === "attachment:remove" ? shown : null,
      after: event.action === "attachment:remove" ? null : shown,
    },
  ];
}
