// The paths and schemas of every declared record type, added to the OpenAPI document: each type
// gets its own /api/records/<type> paths (served by the generic record routes) with the schema of
// its values, list items, records and actions, so a client reads the contract of the type it uses.
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { ROLE_LABELS } from "../../kernel/roles.js";
import { alwaysRequired, formFields, objectSchema, actionValuesSchema } from "./field-schemas.js";
import type { JsonSchema } from "./field-schemas.js";
import { errorResponses, ref } from "./shared-schemas.js";

const json = (schema: JsonSchema): JsonSchema => ({ "application/json": { schema } });
const ok = (description: string, schema: JsonSchema): JsonSchema => ({
  description,
  content: json(schema),
});
const body = (schema: JsonSchema): JsonSchema => ({ required: true, content: json(schema) });

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "integer", minimum: 1 },
  description: "记录 id",
};

/** Component names per type: `reconsideration.Values`, `reconsideration.ListItem` … */
const name = (type: RecordTypeDeclaration, part: string): string => `${type.id}.${part}`;

function systemProperties(type: RecordTypeDeclaration): Record<string, JsonSchema> {
  return {
    id: { type: "integer", title: "记录 id" },
    recordNumber: {
      type: "string",
      nullable: true,
      title: "编号",
      example: `${type.numbering.prefix}〔2023〕1号`,
    },
    state: {
      type: "string",
      title: "状态",
      enum: type.workflow.states.map((state) => state.id),
      "x-enum-labels": Object.fromEntries(type.workflow.states.map((s) => [s.id, s.label])),
    },
    version: { type: "integer", title: "版本号（修改时回传）" },
    createdAt: { type: "string", format: "date-time" },
    createdBy: { type: "integer", nullable: true },
    updatedAt: { type: "string", format: "date-time" },
    updatedBy: { type: "integer", nullable: true },
    names: {
      type: "object",
      description: "值中单位、人员的名称",
      additionalProperties: { type: "string" },
    },
    display: {
      type: "object",
      description: "选项、单位、人员字段的显示文字",
      additionalProperties: { type: "string" },
    },
  };
}

function typeSchemas(type: RecordTypeDeclaration): Record<string, JsonSchema> {
  const readable = type.fields.filter((field) => field.kind !== "attachment");
  const listed = new Set([...type.list.columns, type.titleField, ...type.access.orgFields]);
  const system = systemProperties(type);
  const systemRequired = ["id", "state", "version", "values", "display"];
  const schemas: Record<string, JsonSchema> = {
    [name(type, "Values")]: {
      ...objectSchema(readable, "output", []),
      title: `${type.label}的字段值`,
    },
    [name(type, "CreateValues")]: {
      ...objectSchema(formFields(type), "input", alwaysRequired(formFields(type)), type.fields),
      title: `新建${type.label}时填写的字段`,
    },
    [name(type, "EditValues")]: {
      ...objectSchema(formFields(type), "input", [], type.fields),
      title: `修改${type.label}时可填写的字段（只需发送修改的字段）`,
    },
    [name(type, "ListItem")]: {
      type: "object",
      title: `${type.label}列表项`,
      required: systemRequired,
      properties: {
        ...system,
        values: {
          ...objectSchema(
            readable.filter((field) => listed.has(field.name)),
            "output",
            [],
          ),
          description: "列表列、标题和所属单位字段",
        },
        nextDue: ref("NextDue"),
      },
    },
    [name(type, "Record")]: {
      type: "object",
      title: type.label,
      required: [
        ...systemRequired,
        "clocks",
        "actions",
        "checklists",
        "isFinal",
        "canEdit",
        "revealable",
        "catalogueNames",
      ],
      properties: {
        ...system,
        values: ref(name(type, "Values")),
        clocks: { type: "array", items: ref("ClockView") },
        actions: { type: "array", items: ref("ActionView") },
        checklists: { type: "array", items: ref("ChecklistView") },
        isFinal: { type: "boolean" },
        canEdit: { type: "boolean" },
        revealable: { type: "array", items: { type: "string" } },
        catalogueNames: {
          type: "object",
          description: "子表中目录编码的显示文字（编码 名称），按目录、编码",
          additionalProperties: { type: "object", additionalProperties: { type: "string" } },
        },
      },
    },
  };
  for (const action of type.workflow.actions) {
    schemas[name(type, `actions.${action.id}`)] = {
      ...actionValuesSchema(type, action.fields ?? [], action.requires ?? []),
      title: `${action.label}时填写的字段`,
    };
  }
  return schemas;
}

function listParameters(type: RecordTypeDeclaration): JsonSchema[] {
  const query = (param: string, schema: JsonSchema, description: string): JsonSchema => ({
    name: param,
    in: "query",
    required: false,
    schema,
    description,
  });
  const sortable = [
    ...new Set(["recordNumber", ...type.list.columns, type.list.defaultSort.field]),
  ];
  const filters = type.list.filters.flatMap((fieldName) => {
    const field = type.fields.find((candidate) => candidate.name === fieldName);
    if (!field || field.kind === "table" || field.kind === "attachment") return [];
    const equal = query(fieldName, { type: "string" }, `按「${field.label}」筛选（等于）`);
    if (field.kind !== "date" && field.kind !== "integer" && field.kind !== "money") return [equal];
    return [
      equal,
      query(`${fieldName}.from`, { type: "string" }, `「${field.label}」不早于/不小于`),
      query(`${fieldName}.to`, { type: "string" }, `「${field.label}」不晚于/不大于`),
    ];
  });
  return [
    query("page", { type: "integer", minimum: 1, default: 1 }, "页码"),
    query("pageSize", { type: "integer", minimum: 1, maximum: 200, default: 20 }, "每页条数"),
    query("q", { type: "string", maxLength: 200 }, "全文检索"),
    query("state", { type: "string", enum: type.workflow.states.map((s) => s.id) }, "状态"),
    query("sort", { type: "string", enum: sortable }, "排序字段"),
    query("order", { type: "string", enum: ["asc", "desc"] }, "排序方向"),
    ...(type.clocks.length > 0
      ? [query("overdue", { type: "string", enum: ["true", "false"] }, "仅看已超期")]
      : []),
    ...filters,
  ];
}

function actionDescription(type: RecordTypeDeclaration, actionId: string): string {
  const action = type.workflow.actions.find((candidate) => candidate.id === actionId);
  if (!action) return "";
  const stateLabel = (id: string) => type.workflow.states.find((s) => s.id === id)?.label ?? id;
  const fields = (names: readonly string[]) =>
    names.map((n) => type.fields.find((f) => f.name === n)?.label ?? n).join("、");
  return [
    `可在状态「${action.from.map(stateLabel).join("」「")}」办理`,
    action.to ? `办理后为「${stateLabel(action.to)}」` : "办理后状态不变",
    `角色：${action.roles.map((role) => ROLE_LABELS[role]).join("、")}`,
    (action.requires ?? []).length > 0 ? `必填：${fields(action.requires ?? [])}` : "",
  ]
    .filter((part) => part !== "")
    .join("；");
}

function typePaths(type: RecordTypeDeclaration): Record<string, JsonSchema> {
  const base = `/api/records/${type.id}`;
  const tags = [type.label];
  const security = [{ session: [] }, { apiToken: [] }];
  const read = { tags, security };
  const recordOk = ok(type.label, ref(name(type, "Record")));
  const paths: Record<string, JsonSchema> = {
    [base]: {
      get: {
        ...read,
        operationId: `${type.id}.list`,
        summary: `${type.label}列表`,
        parameters: listParameters(type),
        responses: {
          "200": ok("一页记录", {
            type: "object",
            required: ["items", "total", "page", "pageSize"],
            properties: {
              items: { type: "array", items: ref(name(type, "ListItem")) },
              total: { type: "integer" },
              page: { type: "integer" },
              pageSize: { type: "integer" },
            },
          }),
          ...errorResponses([400, 401, 403, 429]),
        },
      },
      post: {
        ...read,
        operationId: `${type.id}.create`,
        summary: `新建${type.label}`,
        requestBody: body({
          type: "object",
          additionalProperties: false,
          properties: { values: ref(name(type, "CreateValues")) },
        }),
        responses: { "201": recordOk, ...errorResponses([400, 401, 403, 429]) },
      },
    },
    [`${base}/count`]: {
      get: {
        ...read,
        operationId: `${type.id}.count`,
        summary: `${type.label}计数`,
        parameters: listParameters(type).filter(
          (p) => !["page", "pageSize"].includes(String(p["name"])),
        ),
        responses: {
          "200": ok("条数", { type: "object", properties: { count: { type: "integer" } } }),
          ...errorResponses([400, 401, 403, 429]),
        },
      },
    },
    [`${base}/export`]: {
      get: {
        ...read,
        operationId: `${type.id}.export`,
        summary: `导出${type.label}（Excel 或 CSV）`,
        description:
          "与列表相同的记录（同样的筛选、排序和遮蔽），全部导出，不分页。xlsx 与导入模板格式相同（表头、隐藏的列代码行、每个明细表一个工作表），可直接再导入；CSV 为 UTF-8（带 BOM），明细表各行合为一格。",
        parameters: [
          ...listParameters(type).filter((p) => !["page", "pageSize"].includes(String(p["name"]))),
          {
            name: "format",
            in: "query",
            required: false,
            schema: { type: "string", enum: ["xlsx", "csv"], default: "xlsx" },
            description: "文件格式",
          },
        ],
        responses: {
          "200": {
            description: "xlsx 工作簿，或 CSV（UTF-8，带 BOM）",
            content: {
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                schema: { type: "string", format: "binary" },
              },
              "text/csv": { schema: { type: "string" } },
            },
          },
          ...errorResponses([400, 401, 403, 429]),
        },
      },
    },
    [`${base}/{id}`]: {
      get: {
        ...read,
        operationId: `${type.id}.get`,
        summary: type.label,
        parameters: [idParameter],
        responses: { "200": recordOk, ...errorResponses([401, 403, 404, 429]) },
      },
      patch: {
        ...read,
        operationId: `${type.id}.update`,
        summary: `修改${type.label}`,
        parameters: [idParameter],
        requestBody: body({
          type: "object",
          additionalProperties: false,
          required: ["version"],
          properties: {
            version: { type: "integer", minimum: 1 },
            values: ref(name(type, "EditValues")),
          },
        }),
        responses: { "200": recordOk, ...errorResponses([400, 401, 403, 404, 409, 429]) },
      },
    },
    [`${base}/{id}/history`]: {
      get: {
        ...read,
        operationId: `${type.id}.history`,
        summary: `${type.label}办理记录`,
        parameters: [idParameter],
        responses: {
          "200": ok("办理记录", {
            type: "object",
            properties: { items: { type: "array", items: ref("HistoryEntry") } },
          }),
          ...errorResponses([401, 403, 404, 429]),
        },
      },
    },
    [`${base}/{id}/linked`]: {
      get: {
        ...read,
        operationId: `${type.id}.linked`,
        summary: `关联此${type.label}的记录（如督办事项）`,
        description: "其他类型中关联字段指向此记录的记录，各按其类型的查看权限筛选。",
        parameters: [idParameter],
        responses: {
          "200": ok("关联记录", {
            type: "object",
            properties: {
              items: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    recordType: { type: "string" },
                    field: { type: "string" },
                    id: { type: "integer" },
                    recordNumber: { type: "string", nullable: true },
                    title: { type: "string" },
                    state: { type: "string" },
                    nextDue: { type: "object", nullable: true },
                  },
                },
              },
            },
          }),
          ...errorResponses([401, 403, 404, 429]),
        },
      },
    },
    [`${base}/{id}/reveal`]: {
      post: {
        ...read,
        operationId: `${type.id}.reveal`,
        summary: `查看${type.label}的完整身份信息（留痕）`,
        parameters: [idParameter],
        responses: {
          "200": ok("完整值", {
            type: "object",
            properties: { values: { type: "object", additionalProperties: { type: "string" } } },
          }),
          ...errorResponses([401, 403, 404, 429]),
        },
      },
    },
  };
  for (const action of type.workflow.actions) {
    paths[`${base}/{id}/actions/${action.id}`] = {
      post: {
        ...read,
        operationId: `${type.id}.action.${action.id}`,
        summary: `${type.label}：${action.label}`,
        description: actionDescription(type, action.id),
        parameters: [idParameter],
        requestBody: body({
          type: "object",
          additionalProperties: false,
          required: ["version"],
          properties: {
            version: { type: "integer", minimum: 1 },
            values: ref(name(type, `actions.${action.id}`)),
          },
        }),
        responses: { "200": recordOk, ...errorResponses([400, 401, 403, 404, 409, 429]) },
      },
    };
  }
  return paths;
}

export interface RecordTypeDocument {
  readonly paths: Record<string, JsonSchema>;
  readonly schemas: Record<string, JsonSchema>;
  readonly tags: readonly { readonly name: string; readonly description: string }[];
}

export function recordTypeDocument(types: readonly RecordTypeDeclaration[]): RecordTypeDocument {
  return {
    paths: Object.assign({}, ...types.map(typePaths)) as Record<string, JsonSchema>,
    schemas: Object.assign({}, ...types.map(typeSchemas)) as Record<string, JsonSchema>,
    tags: types.map((type) => ({
      name: type.label,
      description: `${type.englishLabel}（/api/records/${type.id}）`,
    })),
  };
}
