// Conditional fields: whether a field applies, given the values of the record (or of one row).
import type { ChoiceOption, FieldCondition } from "./fields.js";

/** What a condition's text needs of the fields around it (declarations, or their metadata on screen). */
interface Sibling {
  readonly name: string;
  readonly label: string;
  readonly options?: readonly ChoiceOption[];
}

/** A field without a condition always applies; one with a condition while it holds. */
export function applies(
  field: { readonly when?: FieldCondition },
  valueOf: (name: string) => unknown,
): boolean {
  if (!field.when) return true;
  const controlling = valueOf(field.when.field);
  return field.when.in.some((value) => value === controlling);
}

/** "仅在「是否特殊群体」为「是」时填写" — the user-facing statement of a condition. */
export function conditionText(
  field: { readonly when?: FieldCondition },
  siblings: readonly Sibling[],
): string {
  if (!field.when) return "";
  const { when } = field;
  const controlling = siblings.find((candidate) => candidate.name === when.field);
  const label = (value: string | boolean): string => {
    if (typeof value === "boolean") return value ? "是" : "否";
    return controlling?.options?.find((option) => option.value === value)?.label ?? value;
  };
  return `仅在「${controlling?.label ?? when.field}」为「${when.in.map(label).join("」或「")}」时填写`;
}
