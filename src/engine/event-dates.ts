// Dates of things that happened: recorded on or after the record's own date, never in the future.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { validationError } from "./errors.js";

export function checkEventDate(
  type: RecordTypeDeclaration,
  field: string,
  date: string,
  values: Readonly<Record<string, unknown>>,
  today: string,
): void {
  const label = type.fields.find((candidate) => candidate.name === field)?.label ?? field;
  const anchorField = type.numbering.dateField;
  const anchor = values[anchorField];
  if (date > today) {
    throw validationError([
      { field, code: "date.future", message: `${label}不能晚于今天（${today}）` },
    ]);
  }
  if (field !== anchorField && typeof anchor === "string" && date < anchor) {
    const anchorLabel =
      type.fields.find((candidate) => candidate.name === anchorField)?.label ?? anchorField;
    throw validationError([
      { field, code: "date.beforeRecord", message: `${label}不能早于${anchorLabel}（${anchor}）` },
    ]);
  }
}
