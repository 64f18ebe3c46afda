// Whether a value on the record page stays on one line: codes, numbers, dates and short labels
// (a credit code or 「D类（信用风险高）」 broken over lines reads as two values); longer text wraps.
import type { Field } from "../api/types";

const SHORT_KINDS = new Set<Field["kind"]>([
  "creditCode",
  "idNumber",
  "phone",
  "date",
  "integer",
  "money",
  "boolean",
]);

/** Labels up to this many characters fit a narrow column (390 px phone) on one line. */
const SHORT_TEXT = 12;

export function isShortValue(field: Field, text: string): boolean {
  if (SHORT_KINDS.has(field.kind)) return true;
  if (field.kind === "longText" || field.kind === "table") return false;
  return text.length <= SHORT_TEXT;
}

/** The class of a shown value: one line when short, else wrapping anywhere (hashes, long codes). */
export const valueClass = (field: Field, text: string): string =>
  isShortValue(field, text) ? "value-short" : "value-wrap";
