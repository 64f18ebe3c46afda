// Turns raw input into a typed field value, or a Chinese error with a stable code.
import { isValidCreditCode, isValidIdNumber, isValidPhone } from "./codes.js";
import type { FieldDeclaration, FieldValueError } from "./fields.js";

export type FieldValue = string | number | boolean | null;

type Parsed =
  | { readonly ok: true; readonly value: FieldValue }
  | { readonly ok: false; readonly error: FieldValueError };

const good = (value: FieldValue): Parsed => ({ ok: true, value });
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

function parseText(field: FieldDeclaration, raw: string): Parsed {
  const value = raw.trim();
  const max = field.maxLength ?? (field.kind === "longText" ? 5000 : 200);
  if (value.length > max) return bad("field.tooLong", `${field.label}不能超过${max}个字`);
  return good(value === "" ? null : value);
}

function parseNumber(field: FieldDeclaration, raw: unknown): Parsed {
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

/** `raw` comes from JSON: null/undefined/"" mean empty. */
export function parseFieldValue(field: FieldDeclaration, raw: unknown): Parsed {
  if (raw === null || raw === undefined || raw === "") return good(null);
  switch (field.kind) {
    case "integer":
    case "money":
    case "org":
    case "user": {
      const parsed = parseNumber(field, raw);
      if (
        parsed.ok &&
        (field.kind === "org" || field.kind === "user") &&
        !Number.isInteger(parsed.value)
      ) {
        return bad("field.invalidReference", `${field.label}无效`);
      }
      return parsed;
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
      return field.options?.some((option) => option.value === raw)
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
    default:
      return parseText(field, raw);
  }
}
