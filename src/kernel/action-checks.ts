// Building blocks of action checks (ActionDeclaration.check): the first of several that fails, and
// one date of the record not before another. Pure functions of the record after the action.
import type { ActionCheckError, RecordValues } from "./declaration.js";

export type Check = (after: RecordValues, before: RecordValues) => ActionCheckError | null;

/** The first check that fails, or null. */
export const firstOf =
  (...checks: Check[]): Check =>
  (after, before) =>
    checks.reduce<ActionCheckError | null>((found, check) => found ?? check(after, before), null);

/** A date not before another date of the record (when both are filled). */
export const notBefore =
  (field: string, earlier: string, message: string, code = "date.order"): Check =>
  (after) => {
    const [date, bound] = [after[field], after[earlier]];
    return typeof date === "string" && typeof bound === "string" && date < bound
      ? { field, code, message }
      : null;
  };
