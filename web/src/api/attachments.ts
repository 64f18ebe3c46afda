// Files of a record: the list with what this user may do, upload, removal and 生成文书.
import { del, get, post } from "./client";

export interface AttachmentView {
  id: number;
  recordType: string;
  recordId: number;
  kind: "upload" | "notice";
  field: string | null;
  templateId: string | null;
  documentNumber: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface RecordFiles {
  items: AttachmentView[];
  canUpload: boolean;
  templates: { id: string; label: string }[];
  fields: { name: string; label: string; multiple: boolean }[];
  maxBytes: number;
}

const one = (type: string, id: number): string =>
  `/api/records/${encodeURIComponent(type)}/${String(id)}`;

export const fetchRecordFiles = (type: string, id: number): Promise<RecordFiles> =>
  get(`${one(type, id)}/attachments`);

export function uploadFile(
  type: string,
  id: number,
  field: string,
  file: File,
): Promise<AttachmentView> {
  const form = new FormData();
  form.append("file", file, file.name);
  return post(`${one(type, id)}/attachments/${encodeURIComponent(field)}`, form);
}

export const removeFile = (fileId: number): Promise<void> =>
  del(`/api/attachments/${String(fileId)}`);

export const generateNotice = (
  type: string,
  id: number,
  template: string,
): Promise<AttachmentView> => post(`${one(type, id)}/notices/${encodeURIComponent(template)}`);

/** A plain link: the browser downloads with the session cookie; the server audits it. */
export const downloadUrl = (fileId: number): string => `/api/attachments/${String(fileId)}`;
