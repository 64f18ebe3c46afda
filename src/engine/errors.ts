// Errors the engine reports to callers; the server maps each kind to one HTTP status.
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
  /** Data a client can act on, e.g. the indicators to insert instead of a typed number. */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export type EngineErrorKind =
  "validation" | "notFound" | "forbidden" | "conflict" | "invalidTransition";

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

export const validationError = (problems: readonly FieldProblem[]): EngineError =>
  new EngineError("validation", problems.map((problem) => problem.message).join("；"), problems);

export const notFound = (what = "记录"): EngineError =>
  new EngineError("notFound", `${what}不存在或无权查看`);

export const forbidden = (message = "无权执行此操作"): EngineError =>
  new EngineError("forbidden", message);

export const staleVersion = (): EngineError =>
  new EngineError("conflict", "记录已被他人修改，请刷新后重试", [
    { field: "version", code: "record.staleVersion", message: "记录版本已过期" },
  ]);
