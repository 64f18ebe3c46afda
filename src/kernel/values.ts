// Turns raw input into a typed field value, or a Chinese error with a stable code.
import { isValidCreditCode, isValidIdNumber, isValidPhone } from "./codes.js";
import type { FieldValueError, NumberFieldDeclaration, RowFieldDeclaration } from "./fields.js";

export type ScalarValue = string | number | boolean | null;
/** One row of a child table: its columns' values by name. */
export type RowValues = Readonly<Record<string, ScalarValue>>;
export type FieldValue = ScalarValue | readonly RowValues[];

type Parsed =
  | { readonly ok: true; readonly value: ScalarValue }
  | { readonly ok: false; readonly error: FieldValueError };

const good = (value: ScalarValue): Parsed => ({ ok: true, value });
const bad = (code: string, message: string): Parsed => ({ ok: false, error: { code, message } });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  // Years before 1900 are typing mistakes in these records (and year 0 is not a PostgreSQL date).
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === text &&
    text >= "1900-01-01"
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store: no NUL character, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

function parseText(label: string, max: number, raw: string): Parsed {
  const value = raw.trim();
  if (value.length > max) return bad("field.tooLong", `${label}不能超过${max}个字`);
  return good(value === "" ? null : value);
}

interface NumberRule {
  readonly label: string;
  readonly kind: NumberFieldDeclaration["kind"] | "org" | "user";
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

function parseNumber(field: NumberRule, raw: unknown): Parsed {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value))
    return bad("field.notNumber", `${field.label}应为数字`);
  if (field.kind === "integer" && !Number.isInteger(value))
    return bad("field.notInteger", `${field.label}应为整数`);
  // 19.99 * 100 is 1998.9999999999998 in binary floating point: compare with a tolerance.
  if (field.kind === "money" && Math.abs(Math.round(value * 100) - value * 100) > 1e-6) {
    return bad("field.moneyPrecision", `${field.label}最多保留两位小数`);
  }
  if (field.min !== undefined && value < field.min)
    return bad("field.tooSmall", `${field.label}不能小于${field.min}`);
  const max = field.max ?? (field.kind === "integer" ? 2_000_000_000 : 1e12);
  if (value > max) return bad("field.tooLarge", `${field.label}不能大于${max}`);
  return good(value);
}

/** `instruction:12`: a record type id and a record id (see RecordLinkFieldDeclaration). */
export const RECORD_LINK = /^([a-z][A-Za-z0-9]{0,63}):([1-9]\d{0,15})$/;

/** The type and id of a stored link, or null for anything else. */
export function parseRecordLink(value: unknown): { type: string; id: number } | null {
  const match = typeof value === "string" ? RECORD_LINK.exec(value) : null;
  return match ? { type: match[1] ?? "", id: Number(match[2]) } : null;
}

const CATALOGUE_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

/**
 * `raw` comes from JSON: null/undefined/"" mean empty. Child tables are parsed row by row in
 * rows.ts; whether a catalogue code exists is checked by the engine against the catalogue.
 */
export function parseFieldValue(field: RowFieldDeclaration, raw: unknown): Parsed {
  if (raw === null || raw === undefined || raw === "") return good(null);
  switch (field.kind) {
    case "integer":
    case "money":
      return parseNumber(field, raw);
    case "org":
    case "user": {
      const parsed = parseNumber({ label: field.label, kind: field.kind }, raw);
      return parsed.ok && !Number.isInteger(parsed.value)
        ? bad("field.invalidReference", `${field.label}无效`)
        : parsed;
    }
    case "boolean":
      return typeof raw === "boolean"
        ? good(raw)
        : bad("field.notBoolean", `${field.label}应为是或否`);
    default:
      break;
  }
  if (typeof raw !== "string") return bad("field.notText", `${field.label}应为文字`);
  if (!isStorableText(raw)) return bad("field.invalidCharacters", `${field.label}含有无效字符`);
  const text = raw.trim().toUpperCase();
  switch (field.kind) {
    case "date":
      return isRealDate(raw.trim())
        ? good(raw.trim())
        : bad("field.invalidDate", `${field.label}不是有效日期（YYYY-MM-DD）`);
    case "choice":
      return field.options.some((option) => option.value === raw)
        ? good(raw)
        : bad("field.invalidChoice", `${field.label}的取值不在可选范围内`);
    case "idNumber":
      return isValidIdNumber(text)
        ? good(text)
        : bad("field.invalidIdNumber", `${field.label}不是有效的公民身份号码（校验位不符）`);
    case "creditCode":
      return isValidCreditCode(text)
        ? good(text)
        : bad("field.invalidCreditCode", `${field.label}不是有效的统一社会信用代码（校验位不符）`);
    case "phone":
      return isValidPhone(raw.trim())
        ? good(raw.trim())
        : bad("field.invalidPhone", `${field.label}不是有效的电话号码`);
    case "catalogue":
      return CATALOGUE_CODE.test(raw.trim())
        ? good(raw.trim())
        : bad("field.invalidCode", `${field.label}不是有效的目录编码`);
    case "record": {
      // Which types it may point to, and whether the record exists and is readable, is the engine's check.
      const link = parseRecordLink(raw.trim());
      return link
        ? good(raw.trim())
        : bad("field.invalidRecordLink", `${field.label}应选择一条记录`);
    }
    case "text":
    case "longText":
      return parseText(
        field.label,
        field.maxLength ?? (field.kind === "longText" ? 5000 : 200),
        raw,
      );
    default:
      return parseText(field.label, 200, raw);
  }
}

/** A scalar value as text ("" when empty); rows of a child table have no single text. */
export function textOf(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") throw new TypeError("a child table has no single text value");
  return String(value);
}
