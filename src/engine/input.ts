// Validates the values a user sends for create, edit or an action: field by field, all errors at once.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import { applies, conditionText } from "../kernel/conditions.js";
import { minimumRows, parseRows } from "../kernel/rows.js";
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
    if (field.kind === "attachment") {
      // Files travel as uploads (attachments routes), never inside the values of a form.
      problems.push({
        field: name,
        code: "field.notEditable",
        message: `${field.label}请以上传附件提交`,
      });
    } else if (field.kind === "table") {
      const parsed = parseRows(field, value);
      if (parsed.ok) values[name] = parsed.value;
      else problems.push(...parsed.problems);
    } else {
      const parsed = parseFieldValue(field, value);
      if (parsed.ok) values[name] = parsed.value;
      else problems.push({ field: name, ...parsed.error });
    }
  }
  const valueOf = (name: string): unknown =>
    (name in values ? values[name] : input.existing?.[name]) ?? null;
  for (const field of type.fields) {
    if (applies(field, valueOf)) continue;
    // A field that no longer applies is emptied; one sent with a value is refused, not dropped.
    const sent = values[field.name];
    if (sent !== undefined && sent !== null && !(Array.isArray(sent) && sent.length === 0)) {
      problems.push({
        field: field.name,
        code: "field.notApplicable",
        message: `${field.label}${conditionText(field, type.fields)}`,
      });
    } else if (isFilled(input.existing?.[field.name]) && allowed.has(field.name)) {
      values[field.name] = field.kind === "table" ? [] : null;
    }
  }
  for (const name of input.required) {
    const field = fields.get(name);
    if (field && !applies(field, valueOf)) continue;
    const value = valueOf(name);
    const label = field?.label ?? name;
    if (problems.some((problem) => problem.field === name || problem.field.startsWith(`${name}[`)))
      continue;
    if (field?.kind === "table") {
      const rows = Array.isArray(value) ? value.length : 0;
      const least = minimumRows(field);
      if (rows < least)
        problems.push({ field: name, code: "rows.tooFew", message: `${label}至少填写${least}行` });
    } else if (value === null) {
      problems.push({ field: name, code: "field.required", message: `请填写${label}` });
    }
  }
  if (problems.length > 0) throw validationError(problems);
  return values;
}

const isFilled = (value: unknown): boolean =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Fields a create or edit form may set: everything not reserved for actions. */
export function editableFields(type: RecordTypeDeclaration): Set<string> {
  return new Set(
    type.fields.filter((field) => field.isSetByAction !== true).map((field) => field.name),
  );
}

export function requiredOnCreate(type: RecordTypeDeclaration): string[] {
  return type.fields.filter((field) => field.required === true).map((field) => field.name);
}
