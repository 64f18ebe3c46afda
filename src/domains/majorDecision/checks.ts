// Small checks the two workflows share beyond src/kernel/action-checks.ts: a date strictly after
// another, a field filled while a flag is set.
import type { Check } from "../../kernel/action-checks.js";

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A date strictly after another date of the record (both filled). */
export const after =
  (field: string, earlier: string, message: string): Check =>
  (values) => {
    const [date, bound] = [values[field], values[earlier]];
    return typeof date === "string" && typeof bound === "string" && date <= bound
      ? { field, code: "date.order", message }
      : null;
  };

/** A field that must be filled while a flag of the record is set. */
export const filledWhen =
  (flag: string, field: string, message: string): Check =>
  (values) =>
    values[flag] === true && isBlank(values[field])
      ? { field, code: "field.required", message }
      : null;
