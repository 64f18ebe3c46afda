// Maps every failure to one JSON error shape; nothing a client sends can produce a 500 by its shape.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { EngineError, type EngineErrorKind, type FieldProblem } from "../engine/errors.js";

const STATUS: Readonly<Record<EngineErrorKind, number>> = {
  validation: 400,
  notFound: 404,
  forbidden: 403,
  conflict: 409,
  invalidTransition: 409,
};

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  problems: readonly FieldProblem[] = [],
) {
  return reply.status(status).send({ error: { code, message, problems } });
}

function schemaProblems(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).map((item) => {
    const missing = (item.params as { missingProperty?: string }).missingProperty;
    const path = item.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const field = [path, missing].filter(Boolean).join(".") || (error.validationContext ?? "body");
    return {
      field,
      code: `schema.${item.keyword}`,
      message: `${field}：格式不正确（${item.message ?? item.keyword}）`,
    };
  });
}

export function errorHandler(
  error: FastifyError | EngineError | HttpError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof EngineError) {
    return sendError(
      reply,
      STATUS[error.kind],
      error.problems[0]?.code ?? error.kind,
      error.message,
      error.problems,
    );
  }
  if (error instanceof HttpError)
    return sendError(reply, error.statusCode, error.code, error.message);
  const validation: FastifyError["validation"] = error.validation;
  if (validation !== undefined && validation.length > 0) {
    return sendError(reply, 400, "request.invalid", "请求格式不正确", schemaProblems(error));
  }
  const status =
    "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    return sendError(reply, status, error.code, "请求格式不正确", [
      { field: "body", code: error.code, message: error.message },
    ]);
  }
  // Safety net: a value the database refuses (SQLSTATE class 22 data exception, 23 constraint
  // violation, e.g. a duplicate code) is the client's input, and the transaction rolled back.
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState === "string" && /^2[23][0-9A-Z]{3}$/.test(sqlState)) {
    const duplicate = sqlState === "23505";
    return sendError(
      reply,
      duplicate ? 409 : 400,
      duplicate ? "db.duplicate" : "db.invalidValue",
      duplicate ? "数据已存在，不能重复提交" : "提交的数据无效",
    );
  }
  request.log.error(error);
  return sendError(reply, 500, "server.error", "服务器内部错误，请稍后重试");
}
