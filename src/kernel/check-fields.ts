// Checks of field declarations: names, kinds that need more (options, columns, a catalogue) and
// conditions that point at a field that can hold the values they name.
import type { FieldDeclaration, RowFieldDeclaration } from "./fields.js";

const NAME = /^[a-z][A-Za-z0-9]*$/;

/** Names the engine uses itself, on records and on rows. */
export const RESERVED_FIELD_NAMES = new Set([
  "id",
  "state",
  "version",
  "recordNumber",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "searchText",
]);

function checkCondition(
  field: FieldDeclaration,
  siblings: ReadonlyMap<string, FieldDeclaration>,
  at: (message: string) => void,
): void {
  if (!field.when) return;
  const { when } = field;
  const controlling = siblings.get(when.field);
  const problem = !controlling
    ? `when: unknown field ${when.field}`
    : controlling.name === field.name
      ? "when: a field cannot depend on itself"
      : // One level only: a chain of conditions is hard to follow on a form and in an error message.
        controlling.when
        ? `when: ${when.field} is itself conditional`
        : when.in.length === 0
          ? "when: needs at least one value"
          : null;
  if (problem !== null || !controlling) {
    if (problem !== null) at(problem);
    return;
  }
  for (const value of when.in) {
    const fits =
      controlling.kind === "boolean"
        ? typeof value === "boolean"
        : controlling.kind === "choice" &&
          controlling.options.some((option) => option.value === value);
    if (!fits) at(`when: ${String(value)} is not a value of ${when.field}`);
  }
}

function checkOne(
  field: FieldDeclaration,
  siblings: ReadonlyMap<string, FieldDeclaration>,
  catalogueExists: (id: string) => boolean,
  at: (where: string, message: string) => void,
): void {
  const here = (message: string) => {
    at(`field ${field.name}`, message);
  };
  if (RESERVED_FIELD_NAMES.has(field.name)) here("name is reserved");
  if (!NAME.test(field.name)) here("must be camelCase");
  if (field.kind === "choice" && field.options.length === 0) here("choice needs options");
  if (field.kind === "catalogue" && !catalogueExists(field.catalogue))
    here(`unknown catalogue ${field.catalogue}`);
  if (field.kind === "record" && field.types?.length === 0)
    here("a record link needs at least one type (or none declared for any type)");
  if ((field.kind === "integer" || field.kind === "money") && field.min !== undefined) {
    if (field.max !== undefined && field.max < field.min) here("max is below min");
  }
  checkCondition(field, siblings, here);
}

/** Every problem of a type's fields and of the columns of its child tables. */
export function checkFields(
  fields: readonly FieldDeclaration[],
  catalogueExists: (id: string) => boolean,
  at: (where: string, message: string) => void,
): void {
  const byName = new Map(fields.map((field) => [field.name, field]));
  if (byName.size !== fields.length) at("fields", "duplicate field names");
  for (const field of fields) {
    checkOne(field, byName, catalogueExists, at);
    if (field.kind !== "table") continue;
    const where = (inner: string, message: string) => {
      at(`${field.name}.${inner}`, message);
    };
    if (field.columns.length === 0) at(`field ${field.name}`, "a table needs columns");
    if (field.maxRows !== undefined && field.maxRows < (field.minRows ?? 0))
      at(`field ${field.name}`, "maxRows is below minRows");
    const columns = new Map<string, RowFieldDeclaration>(
      field.columns.map((column) => [column.name, column]),
    );
    if (columns.size !== field.columns.length) at(`field ${field.name}`, "duplicate column names");
    for (const column of field.columns) {
      checkOne(column, columns, catalogueExists, where);
      // Uniqueness is across records; a cell of a row has no index of its own.
      if (column.unique === true)
        at(`field ${field.name}`, `column ${column.name}: a column cannot be unique`);
      // Rows do not yet have their references checked on write or their names read with them.
      if (column.kind === "org" || column.kind === "user" || column.kind === "record")
        at(
          `field ${field.name}`,
          `column ${column.name}: ${column.kind} columns are not supported in rows`,
        );
    }
  }
}
