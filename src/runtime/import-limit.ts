// The deployment's largest spreadsheet upload, from FAZHI_IMPORT_MAX_MB (megabytes, default 100).
// A bad value stops the start with a message rather than falling back silently to the default.

export const DEFAULT_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

/** The file is held in memory while it is read and checked: 500 MB is already far past Excel's row limit. */
const MAX_MB = 500;

export type ImportLimitSetting =
  | { readonly isValid: true; readonly maxBytes: number }
  | { readonly isValid: false; readonly message: string };

export function importLimitFromEnv(env: NodeJS.ProcessEnv = process.env): ImportLimitSetting {
  const size = (env.FAZHI_IMPORT_MAX_MB ?? "").trim();
  if (size === "") return { isValid: true, maxBytes: DEFAULT_IMPORT_MAX_BYTES };
  const megabytes = Number(size);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > MAX_MB)
    return {
      isValid: false,
      message: `FAZHI_IMPORT_MAX_MB 的值“${size}”无效：应为大于0、不超过${String(MAX_MB)}的兆字节数`,
    };
  return { isValid: true, maxBytes: Math.round(megabytes * 1024 * 1024) };
}
