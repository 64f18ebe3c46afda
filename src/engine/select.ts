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

export function selectColumns(type: RecordTypeDeclaration, alias: string): string {
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
  const fields = type.fields.map(
    (field) => `${alias}.${columnOf(field.name)} AS "f:${field.name}"`,
  );
  // Scalar subqueries by primary key: one round trip gives values and the names to show.
  const names = type.fields.flatMap((field) => {
    const column = `${alias}.${columnOf(field.name)}`;
    if (field.kind === "org")
      return [`(SELECT name FROM org WHERE id = ${column}) AS "n:${field.name}"`];
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
