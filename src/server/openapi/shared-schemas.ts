// Schemas and responses every record type's paths share: the error shape, clocks, actions, history.
import type { JsonSchema } from "./field-schemas.js";

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const text = (title: string): JsonSchema => ({ type: "string", title });
const nullableText = (title: string): JsonSchema => ({ type: "string", title, nullable: true });

export const sharedSchemas: Readonly<Record<string, JsonSchema>> = {
  Error: {
    type: "object",
    title: "错误",
    description:
      "所有错误的统一格式：code 为供程序判断的稳定代码，message 为中文说明；校验错误在 problems 中逐项指明字段（如 parties[2].idNumber）。",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message", "problems"],
        properties: {
          code: { type: "string", example: "field.required" },
          message: { type: "string", example: "请填写申请人姓名" },
          problems: {
            type: "array",
            items: {
              type: "object",
              required: ["field", "code", "message"],
              properties: {
                field: { type: "string", example: "applicantName" },
                code: { type: "string", example: "field.required" },
                message: { type: "string", example: "请填写申请人姓名" },
              },
            },
          },
        },
      },
    },
  },
  NextDue: {
    type: "object",
    title: "最近到期的期限",
    nullable: true,
    required: ["label", "dueOn", "tone"],
    properties: {
      label: text("期限名称"),
      dueOn: { type: "string", format: "date" },
      tone: { type: "string", enum: ["overdue", "dueSoon", "running", "paused", "met", "late"] },
    },
  },
  ClockView: {
    type: "object",
    title: "法定期限",
    required: ["clockId", "label", "ruleId", "citation", "startedOn", "status", "tone", "steps"],
    properties: {
      clockId: { type: "string" },
      label: text("期限名称"),
      ruleId: { type: "string" },
      citation: text("法律依据"),
      startedOn: { type: "string", format: "date" },
      dueOn: { type: "string", format: "date", nullable: true },
      stoppedOn: { type: "string", format: "date", nullable: true },
      status: { type: "string", enum: ["running", "paused", "stopped"] },
      daysLeft: { type: "integer", nullable: true },
      tone: { type: "string", enum: ["overdue", "dueSoon", "running", "paused", "met", "late"] },
      provisional: { type: "boolean", description: "所依据年份的节假日安排尚未公布" },
      steps: {
        type: "array",
        title: "计算过程",
        items: {
          type: "object",
          properties: {
            date: { type: "string" },
            kind: { type: "string" },
            text: { type: "string" },
          },
        },
      },
    },
  },
  ActionView: {
    type: "object",
    title: "当前可办理的操作",
    required: ["id", "label", "fields", "requires"],
    properties: {
      id: { type: "string" },
      label: text("操作名称"),
      fields: { type: "array", items: { type: "object" } },
      requires: { type: "array", items: { type: "string" } },
      tone: { type: "string", nullable: true },
      confirm: nullableText("确认提示"),
      blockedReason: nullableText("不能办理的原因"),
    },
  },
  ChecklistView: {
    type: "object",
    title: "办理前须完成的程序步骤",
    required: ["action", "label", "items"],
    properties: {
      action: { type: "string", description: "操作标识" },
      label: text("操作名称"),
      items: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "label", "basis", "applies", "met", "message", "detail"],
          properties: {
            id: { type: "string" },
            label: text("程序步骤"),
            basis: text("依据"),
            applies: { type: "boolean", description: "本事项是否适用该步骤" },
            met: { type: "boolean", description: "是否已完成" },
            message: text("未完成时的说明"),
            detail: nullableText("办理情况，如征求意见最早可结束日期"),
          },
        },
      },
    },
  },
  HistoryEntry: {
    type: "object",
    title: "办理记录",
    properties: {
      seq: { type: "integer" },
      at: { type: "string", format: "date-time" },
      actorName: text("操作人"),
      action: { type: "string" },
      actionLabel: text("操作"),
      changes: {
        type: "array",
        items: {
          type: "object",
          properties: {
            field: { type: "string" },
            label: text("字段"),
            before: nullableText("修改前"),
            after: nullableText("修改后"),
          },
        },
      },
    },
  },
};

const errorResponse = (description: string): JsonSchema => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

export const sharedResponses: Readonly<Record<string, JsonSchema>> = {
  BadRequest: errorResponse("请求或字段值不正确，problems 指明字段（未作任何修改）"),
  Unauthorized: errorResponse("未登录，或 API 令牌无效、已撤销、已过期"),
  Forbidden: errorResponse("无权进行此操作（角色、数据范围或令牌范围不允许）"),
  NotFound: errorResponse("记录不存在或无权查看"),
  Conflict: errorResponse("记录已被他人修改（version 过期），或当前状态不能办理该操作"),
  TooManyRequests: errorResponse("请求过于频繁，请稍后再试"),
};

/** The error responses of a record path, by status. */
export function errorResponses(statuses: readonly number[]): Record<string, JsonSchema> {
  const names: Readonly<Record<number, string>> = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    429: "TooManyRequests",
  };
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { $ref: `#/components/responses/${names[status] ?? "BadRequest"}` },
    ]),
  );
}
