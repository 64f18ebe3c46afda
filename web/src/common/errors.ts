// Turning API errors into messages and inline form errors.
import type { FormInstance } from "antd";
import { ApiError } from "../api/client";
import type { Problem } from "../api/types";

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return "操作失败，请稍后重试";
}

/**
 * Shows each problem that names a field of the form on that field's Form.Item and returns the
 * problems that name no field of the form (to be shown above it).
 */
export function applyProblems(
  form: FormInstance,
  fieldNames: readonly string[],
  problems: readonly Problem[],
): Problem[] {
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  const rest: Problem[] = [];
  for (const problem of problems) {
    const [name] = problemPath(problem.field);
    if (typeof name !== "string" || !known.has(name)) {
      rest.push(problem);
      continue;
    }
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: problemPath(field), errors })));
  const [first] = byField.keys();
  if (first !== undefined) form.scrollToField(problemPath(first), { block: "center" });
  return rest;
}

/**
 * The form path of a problem's field: `parties[2].idNumber` (rows counted from 1, as the server
 * names them) is ["parties", 1, "idNumber"] in a Form.List; a plain field is [name].
 */
export function problemPath(field: string): (string | number)[] {
  const match = /^([A-Za-z][A-Za-z0-9]*)\[(\d+)\](?:\.([A-Za-z][A-Za-z0-9]*))?$/.exec(field);
  if (match === null) return [field];
  const [, table = "", row = "1", column] = match;
  return column === undefined ? [table, Number(row) - 1] : [table, Number(row) - 1, column];
}

/** The 400 problems of an error, or null when it is not a validation error. */
export function validationProblems(error: unknown): Problem[] | null {
  return error instanceof ApiError && error.status === 400 ? [...error.problems] : null;
}
