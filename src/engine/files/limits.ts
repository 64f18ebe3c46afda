// How large and of which types uploaded files may be: by deployment, defaults from the issue.
import { FILE_TYPE_IDS, type FileTypeId } from "./file-types.js";

export interface AttachmentLimits {
  readonly maxBytes: number;
  readonly types: readonly FileTypeId[];
}

/** 20 MB; PDF, OFD, Word, Excel, JPEG and PNG images. */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 20 * 1024 * 1024,
  types: FILE_TYPE_IDS,
};

/** 20 MB, 1.5 MB: how the limit is written in messages. */
export function sizeText(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${String(Number(megabytes.toFixed(1)))} MB`;
  return `${String(Math.ceil(bytes / 1024))} KB`;
}
