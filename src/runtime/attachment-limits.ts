// The deployment's limits on uploaded files, from FAZHI_ATTACHMENT_MAX_MB (a size in megabytes) and
// FAZHI_ATTACHMENT_TYPES (a comma list of pdf, ofd, doc, docx, xls, xlsx, jpeg, png). A bad value
// stops the start with a message rather than falling back silently to the defaults.
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from "../engine/files/limits.js";
import { FILE_TYPE_IDS, isFileTypeId, type FileTypeId } from "../engine/files/file-types.js";

export type AttachmentLimitsSetting =
  | { readonly isValid: true; readonly limits: AttachmentLimits }
  | { readonly isValid: false; readonly message: string };

/** The largest limit a deployment may set: the file is held in memory while it is checked. */
const MAX_MB = 200;

export function attachmentLimitsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): AttachmentLimitsSetting {
  const size = (env.FAZHI_ATTACHMENT_MAX_MB ?? "").trim();
  const list = (env.FAZHI_ATTACHMENT_TYPES ?? "").trim();
  let maxBytes = DEFAULT_ATTACHMENT_LIMITS.maxBytes;
  if (size !== "") {
    const megabytes = Number(size);
    if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > MAX_MB) {
      return {
        isValid: false,
        message: `FAZHI_ATTACHMENT_MAX_MB 的值“${size}”无效：应为大于0、不超过${String(MAX_MB)}的兆字节数`,
      };
    }
    maxBytes = Math.round(megabytes * 1024 * 1024);
  }
  let types: readonly FileTypeId[] = DEFAULT_ATTACHMENT_LIMITS.types;
  if (list !== "") {
    const names = list.split(",").map((name) => name.trim().toLowerCase());
    const unknown = names.filter((name) => !isFileTypeId(name));
    if (unknown.length > 0 || names.length === 0) {
      return {
        isValid: false,
        message: `FAZHI_ATTACHMENT_TYPES 含未知类型“${unknown.join("、")}”：可选 ${FILE_TYPE_IDS.join(", ")}`,
      };
    }
    types = names.filter(isFileTypeId);
  }
  return { isValid: true, limits: { maxBytes, types } };
}
