// JSON schemas of the spreadsheet routes: shape checks and OpenAPI.
export const importQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    dryRun: { type: "boolean", default: false, description: "仅校验，不写入" },
    renumber: { type: "boolean", default: false, description: "忽略文件中的编号，全部重新编号" },
  },
} as const;

export const formatQuery = {
  type: "object",
  additionalProperties: false,
  properties: { format: { type: "string", enum: ["xlsx", "csv"], default: "xlsx" } },
} as const;

/** The error sheet of one import: no more problems than an import can produce and a client keep. */
export const MAX_PROBLEMS = 200_000;

export const problemsBody = {
  type: "object",
  additionalProperties: false,
  required: ["problems"],
  properties: {
    problems: {
      type: "array",
      maxItems: MAX_PROBLEMS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["sheet", "line", "column", "message"],
        properties: {
          sheet: { type: "string", maxLength: 200 },
          line: { type: "integer", minimum: 0, maximum: 100_000_000 },
          column: { type: "string", maxLength: 200 },
          message: { type: "string", maxLength: 2000 },
        },
      },
    },
  },
} as const;

export const exportIdParam = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", pattern: "^[A-Za-z0-9_-]{32}$" } },
} as const;
