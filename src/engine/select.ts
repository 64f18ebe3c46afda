// The column list that reads a record row into its declared field names.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { columnOf } from "./naming.js";

export interface RecordRow {
  readonly id: number;
  readonly state: string;
  readonly version: number;
  readonly recordNumber: string | null;
  readonly createdAt: string;
  readonly createdBy: number | null;
  readonly updatedAt: string;
  readonly updatedBy: number | null;
  readonly values: Record<string, unknown>;
  /** Names of the orgs and users the record refers to, read in the same query. */
  readonly names: Record<string, string>;
}

/** The fields a list row carries: its columns, its title and the org fields that place it. */
export function listFields(type: RecordTypeDeclaration): ReadonlySet<string> {
  return new Set([...type.list.columns, type.titleField, ...type.access.orgFields]);
}

/** Columns of a record row; `only` limits the fields read (lists need a few of them). */
export function selectColumns(
  type: RecordTypeDeclaration,
  alias: string,
  only?: ReadonlySet<string>,
): string {
  const fieldsRead = type.fields.filter(
    (field) => field.kind !== "attachment" && (only === undefined || only.has(field.name)),
  );
  const system = [
    `${alias}.id`,
    `${alias}.state`,
    `${alias}.version`,
    `${alias}.record_number AS "recordNumber"`,
    `${alias}.created_at AS "createdAt"`,
    `${alias}.created_by AS "createdBy"`,
    `${alias}.updated_at AS "updatedAt"`,
    `${alias}.updated_by AS "updatedBy"`,
  ];
  const fields = fieldsRead.map((field) => `${alias}.${columnOf(field.name)} AS "f:${field.name}"`);
  // Scalar subqueries by primary key: one round trip gives values and the names to show.
  const names = fieldsRead.flatMap((field) => {
    const column = `${alias}.${columnOf(field.name)}`;
    if (field.kind === "org")
      return [`(SELECT name FROM org WHERE id = ${column}) AS "n:${field.name}"`];
    if (field.kind === "catalogue") {
      // Declared catalogue ids are camelCase identifiers (checked at load), safe as a literal.
      return [
        `(SELECT code || ' ' || name FROM catalogue_entry WHERE catalogue = '${field.catalogue}' AND code = ${column}) AS "n:${field.name}"`,
      ];
    }
    if (field.kind === "user") {
      return [`(SELECT display_name FROM app_user WHERE id = ${column}) AS "n:${field.name}"`];
    }
    return [];
  });
  return [...system, ...fields, ...names].join(", ");
}

/** Splits a selected row into system columns and field values. */
export function toRecordRow(raw: Record<string, unknown>): RecordRow {
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const system: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("f:")) values[key.slice(2)] = value;
    else if (key.startsWith("n:")) {
      if (typeof value === "string") names[key.slice(2)] = value;
    } else system[key] = value;
  }
  return { ...(system as Omit<RecordRow, "values" | "names">), values, names };
}
