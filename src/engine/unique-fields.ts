// Fields no two records of a type share (统一社会信用代码, 执法证号; `unique` in the declaration):
// a value another record holds is refused naming the field, before the unique index would refuse
// it with a database error.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldDeclaration } from "../kernel/fields.js";
import type { FieldProblem } from "./errors.js";
import { columnOf, tableOf } from "./naming.js";

export const uniqueFieldsOf = (type: RecordTypeDeclaration): readonly FieldDeclaration[] =>
  type.fields.filter((field) => field.unique === true);

export const duplicateProblem = (
  field: FieldDeclaration,
  value: string,
  where: string,
): FieldProblem => ({
  field: field.name,
  code: "field.duplicate",
  message: `${field.label}“${value}”${where}，不能重复登记`,
});

/**
 * Problems of the values a create or edit writes: a unique value held by another record. On an
 * edit, `existing` is the record's stored values: a value it keeps is its own.
 */
export async function uniqueProblems(
  sql: Sql,
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, unknown>>,
  existing: Readonly<Record<string, unknown>>,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const field of uniqueFieldsOf(type)) {
    const value = values[field.name];
    if (typeof value !== "string" || value === existing[field.name]) continue;
    const column = columnOf(field.name);
    const taken = await sql.query(
      `SELECT 1 FROM ${tableOf(type)} WHERE ${column} COLLATE "C" = $1 LIMIT 1`,
      [value],
    );
    if (taken.length > 0) problems.push(duplicateProblem(field, value, "已由另一条记录登记"));
  }
  return problems;
}
