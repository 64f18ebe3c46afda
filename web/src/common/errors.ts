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
    if (!known.has(problem.field)) {
      rest.push(problem);
      continue;
    }
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const [first] = byField.keys();
  if (first !== undefined) form.scrollToField(first, { block: "center" });
  return rest;
}

/** The 400 problems of an error, or null when it is not a validation error. */
export function validationProblems(error: unknown): Problem[] | null {
  return error instanceof ApiError && error.status === 400 ? [...error.problems] : null;
}
