// Validates the values a user sends for create, edit or an action: field by field, all errors at once.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import { parseFieldValue, type FieldValue } from "../kernel/values.js";
import { validationError, type FieldProblem } from "./errors.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Parses `raw` (a JSON object) against the fields a user may set here. Unknown or
 * not-allowed fields are errors, not silently dropped, so a typo never loses data.
 */
export function parseValues(input: {
  readonly type: RecordTypeDeclaration;
  readonly raw: unknown;
  readonly allowed: ReadonlySet<string>;
  readonly required: readonly string[];
  /** Values already on the record, which satisfy `required` when not sent again. */
  readonly existing?: Readonly<Record<string, unknown>>;
}): Record<string, FieldValue> {
  const { type, raw, allowed } = input;
  if (raw !== undefined && !isRecord(raw)) {
    throw validationError([
      { field: "values", code: "body.notObject", message: "values 应为对象" },
    ]);
  }
  const problems: FieldProblem[] = [];
  const values: Record<string, FieldValue> = {};
  const fields = new Map<string, FieldDeclaration>(type.fields.map((field) => [field.name, field]));
  for (const [name, value] of Object.entries(raw ?? {})) {
    const field = fields.get(name);
    if (!field) {
      problems.push({ field: name, code: "field.unknown", message: `未知字段：${name}` });
      continue;
    }
    if (!allowed.has(name)) {
      problems.push({
        field: name,
        code: "field.notEditable",
        message: `${field.label}不能在此处填写`,
      });
      continue;
    }
    const parsed = parseFieldValue(field, value);
    if (parsed.ok) values[name] = parsed.value;
    else problems.push({ field: name, ...parsed.error });
  }
  for (const name of input.required) {
    const value = name in values ? values[name] : input.existing?.[name];
    if (value === null || value === undefined) {
      const label = fields.get(name)?.label ?? name;
      if (!problems.some((problem) => problem.field === name)) {
        problems.push({ field: name, code: "field.required", message: `请填写${label}` });
      }
    }
  }
  if (problems.length > 0) throw validationError(problems);
  return values;
}

/** Fields a create or edit form may set: everything not reserved for actions. */
export function editableFields(type: RecordTypeDeclaration): Set<string> {
  return new Set(
    type.fields.filter((field) => field.isSetByAction !== true).map((field) => field.name),
  );
}

export function requiredOnCreate(type: RecordTypeDeclaration): string[] {
  return type.fields.filter((field) => field.required === true).map((field) => field.name);
}
