// Small checks the two workflows share: dates in order, fields filled, the first that fails.
import type { ActionCheckError, RecordValues } from "../../kernel/declaration.js";

export type Check = (after: RecordValues, before: RecordValues) => ActionCheckError | null;

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The first check that fails, or null. */
export const firstOf =
  (...checks: Check[]): Check =>
  (after, before) =>
    checks.reduce<ActionCheckError | null>((found, check) => found ?? check(after, before), null);

/** A date not before another date of the record (both filled). */
export const notBefore =
  (field: string, earlier: string, message: string): Check =>
  (after) => {
    const [date, bound] = [after[field], after[earlier]];
    return typeof date === "string" && typeof bound === "string" && date < bound
      ? { field, code: "date.order", message }
      : null;
  };

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

const DAY_MS = 86_400_000;
/** `date` moved by whole calendar days. */
export const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** Calendar days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
