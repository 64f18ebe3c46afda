// JSON schemas (OpenAPI 3.0 dialect) of a record type's values, generated from its field
// declarations: the Chinese label is the title, the help the description, and each kind's rule
// (lengths, ranges, options, check digits) as far as a schema can say it. The engine remains the
// validator; these describe what it accepts and returns.
import { conditionText } from "../../kernel/conditions.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import type { FieldDeclaration, RowFieldDeclaration } from "../../kernel/fields.js";

export type JsonSchema = Record<string, unknown>;

/** input: what a client sends (patterns of identifiers); output: what it reads (masked identifiers). */
export type SchemaMode = "input" | "output";

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const ID_NUMBER_PATTERN = "^\\d{17}[\\dXx]$";
const CREDIT_CODE_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";
const PHONE_PATTERN = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";
const CATALOGUE_PATTERN = "^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$";
const RECORD_LINK_PATTERN = "^[a-z][A-Za-z0-9]{0,63}:[1-9]\\d{0,15}$";

function kindSchema(field: RowFieldDeclaration, mode: SchemaMode): JsonSchema {
  switch (field.kind) {
    case "text":
    case "longText":
      return {
        type: "string",
        maxLength: field.maxLength ?? (field.kind === "longText" ? 5000 : 200),
      };
    case "integer":
      return {
        type: "integer",
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        maximum: field.max ?? 2_000_000_000,
      };
    case "money":
      return {
        type: "number",
        format: "double",
        "x-fazhi-unit": "元",
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        maximum: field.max ?? 1e12,
      };
    case "choice":
      return {
        type: "string",
        enum: field.options.map((option) => option.value),
        // Labels beside the codes: a client shows 不予受理, and sends notAccepted.
        "x-enum-labels": Object.fromEntries(field.options.map((o) => [o.value, o.label])),
        "x-enum-descriptions": field.options.map((option) => option.label),
      };
    case "date":
      return { type: "string", format: "date", pattern: DATE_PATTERN };
    case "boolean":
      return { type: "boolean" };
    case "org":
      return { type: "integer", minimum: 1, "x-fazhi-reference": "org" };
    case "user":
      return { type: "integer", minimum: 1, "x-fazhi-reference": "user" };
    case "idNumber":
      // Read back masked for every reader (1410**********1234); the full value only by …/reveal.
      return mode === "input"
        ? { type: "string", pattern: ID_NUMBER_PATTERN, "x-fazhi-check": "GB 11643" }
        : { type: "string", "x-fazhi-masked": true };
    case "phone":
      return mode === "input"
        ? { type: "string", pattern: PHONE_PATTERN }
        : { type: "string", "x-fazhi-masked": true };
    case "creditCode":
      return { type: "string", pattern: CREDIT_CODE_PATTERN, "x-fazhi-check": "GB 32100" };
    case "catalogue":
      return {
        type: "string",
        pattern: CATALOGUE_PATTERN,
        "x-fazhi-catalogue": field.catalogue,
      };
    case "record":
      // `instruction:12`; the list and record views show its number and title beside it.
      return {
        type: "string",
        pattern: RECORD_LINK_PATTERN,
        "x-fazhi-reference": "record",
        ...(field.types ? { "x-fazhi-record-types": [...field.types] } : {}),
      };
  }
}

function described(
  field: FieldDeclaration,
  siblings: readonly FieldDeclaration[],
  extra: readonly string[],
): JsonSchema {
  const catalogue =
    field.kind === "catalogue"
      ? `取值为目录「${field.catalogue}」中的编码`
      : field.kind === "record"
        ? `取值为“记录类型:记录ID”，如 instruction:12${field.types ? `（可关联：${field.types.join("、")}）` : ""}`
        : "";
  const description = [field.help ?? "", conditionText(field, siblings), catalogue, ...extra]
    .filter((part) => part !== "")
    .join("；");
  return {
    title: field.label,
    ...(description !== "" ? { description } : {}),
    ...(field.when ? { "x-fazhi-when": { field: field.when.field, in: [...field.when.in] } } : {}),
  };
}

function fieldSchema(
  field: FieldDeclaration,
  siblings: readonly FieldDeclaration[],
  mode: SchemaMode,
): JsonSchema | null {
  if (field.kind === "attachment") return null;
  if (field.kind === "table") {
    return {
      ...described(field, siblings, []),
      type: "array",
      ...(field.required === true ? { minItems: field.minRows ?? 1 } : {}),
      maxItems: field.maxRows ?? 200,
      // A table no row was ever entered in reads as null; null and [] both mean no rows on input.
      nullable: true,
      items: objectSchema(
        field.columns,
        mode,
        mode === "input" ? alwaysRequired(field.columns) : [],
      ),
    };
  }
  const extra = mode === "output" && (field.kind === "idNumber" || field.kind === "phone");
  const kind = kindSchema(field, mode);
  return {
    ...described(field, siblings, extra ? ["脱敏显示；完整值通过 reveal 接口查看（留痕）"] : []),
    ...kind,
    // Empty fields are null, on the way in and out (OpenAPI 3.0.3: a nullable enum lists null).
    ...(Array.isArray(kind["enum"]) ? { enum: [...(kind["enum"] as unknown[]), null] } : {}),
    nullable: true,
  };
}

/** The fields required unconditionally (a conditional one is described on its property). */
export const alwaysRequired = (fields: readonly FieldDeclaration[]): string[] =>
  fields.filter((field) => field.required === true && !field.when).map((field) => field.name);

/**
 * An object of the given fields, with the `required` names among them; `siblings` are the fields
 * a condition may name (the whole type, or the columns of a row).
 */
export function objectSchema(
  fields: readonly FieldDeclaration[],
  mode: SchemaMode,
  required: readonly string[],
  siblings: readonly FieldDeclaration[] = fields,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of fields) {
    const schema = fieldSchema(field, siblings, mode);
    if (schema) properties[field.name] = schema;
  }
  const names = required.filter((name) => name in properties);
  return {
    type: "object",
    additionalProperties: false,
    properties,
    ...(names.length > 0 ? { required: names } : {}),
  };
}

/** Fields of the type a create or edit form may send (never those only actions set). */
export const formFields = (type: RecordTypeDeclaration): FieldDeclaration[] =>
  type.fields.filter((field) => field.isSetByAction !== true && field.kind !== "attachment");

/** The fields an action asks for, required as the action requires them. */
export function actionValuesSchema(
  type: RecordTypeDeclaration,
  fieldNames: readonly string[],
  requires: readonly string[],
): JsonSchema {
  const fields = type.fields.filter((field) => fieldNames.includes(field.name));
  return objectSchema(fields, "input", requires, type.fields);
}
