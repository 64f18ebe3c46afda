// Imports by a natural key (the type's importKey, 统一社会信用代码): a row whose key a stored record
// already holds updates that record instead of adding a second one — the monthly re-import of the
// credit-risk classes. The row's filled cells are laid over the stored values and the result is
// checked as a whole record; empty cells keep what is stored (an import never clears a value).
// Unique fields are held unique within the batch and against the stored records.
import type { Sql } from "../../db/client.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { hasAnyRole, type Actor } from "../actor.js";
import type { FieldProblem } from "../errors.js";
import { columnOf, tableOf } from "../naming.js";
import { duplicateProblem, uniqueFieldsOf } from "../unique-fields.js";
import type { Checks, ImportRecord, ValidRecord } from "./validate.js";

/** A stored record an import row updates. */
export interface StoredRecord {
  readonly id: number;
  readonly state: string;
  readonly recordNumber: string | null;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Keys per look-up statement: a county's directory is re-imported whole, 450,000 rows. */
const KEYS_PER_QUERY = 10_000;

export const keyOf = (type: RecordTypeDeclaration, record: ImportRecord): string | null => {
  if (type.importKey === undefined) return null;
  const value = record.values[type.importKey];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
};

/** The stored records whose key the batch's rows carry, by key. */
export async function storedByKey(
  sql: Sql,
  type: RecordTypeDeclaration,
  records: readonly ImportRecord[],
): Promise<ReadonlyMap<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  if (type.importKey === undefined) return found;
  const keys = [...new Set(records.map((record) => keyOf(type, record)))].filter(
    (key): key is string => key !== null,
  );
  const fields = type.fields.filter((field) => field.kind !== "attachment");
  const columns = fields.map((field) => `${columnOf(field.name)} AS "${field.name}"`).join(", ");
  const key = columnOf(type.importKey);
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const rows = await sql.query(
      `SELECT id AS "#id", state AS "#state", record_number AS "#number", ${columns}
         FROM ${tableOf(type)} WHERE ${key} COLLATE "C" = ANY($1::text[])`,
      [keys.slice(start, start + KEYS_PER_QUERY)],
    );
    for (const row of rows) {
      const { "#id": id, "#state": state, "#number": number, ...values } = row;
      found.set(String(values[type.importKey]), {
        id: Number(id),
        state: String(state),
        recordNumber: typeof number === "string" ? number : null,
        values,
      });
    }
  }
  return found;
}

/** The row as the whole record it makes of the stored one: its filled cells over the stored values. */
export function mergedRecord(stored: StoredRecord, record: ImportRecord): ImportRecord {
  const filled = Object.entries(record.values).filter(([, value]) => value !== null);
  return {
    ...record,
    state: record.state ?? stored.state,
    // The stored record keeps its number; a number in the file is not a new record's.
    recordNumber: null,
    values: { ...stored.values, ...Object.fromEntries(filled) },
  };
}

/** Why this actor may not update the stored record by import, if not. */
export function updateProblems(
  type: RecordTypeDeclaration,
  actor: Actor,
  stored: StoredRecord,
  checks: Checks,
): FieldProblem[] {
  const key = type.importKey ?? "";
  const label = type.fields.find((field) => field.name === key)?.label ?? key;
  const held = stored.values[key];
  const value = typeof held === "string" ? held : "";
  const owner = stored.values[type.access.orgFields[0] ?? ""];
  const state = type.workflow.states.find((candidate) => candidate.id === stored.state);
  const problem = !hasAnyRole(actor, type.access.update)
    ? `${label}“${value}”已登记，您无权修改已登记的${type.label}`
    : typeof owner === "number" && checks.ownerScope !== null && !checks.ownerScope.has(owner)
      ? `${label}“${value}”已由您管辖范围以外的单位登记，不能由本次导入修改`
      : state?.isFinal === true
        ? `${label}“${value}”的记录已归档（${state.label}），不能修改`
        : null;
  return problem === null ? [] : [{ field: key, code: "import.cannotUpdate", message: problem }];
}

/**
 * Unique values held twice in the batch, or held by a stored record other than the one the row
 * updates (`updates[index]`, the stored id, or null for a new record).
 */
export async function uniqueBatchProblems(
  sql: Sql,
  type: RecordTypeDeclaration,
  records: readonly (ValidRecord | null)[],
  updates: readonly (number | null)[],
): Promise<(FieldProblem & { readonly index: number })[]> {
  const problems: (FieldProblem & { readonly index: number })[] = [];
  for (const field of uniqueFieldsOf(type)) {
    const first = new Map<string, number>();
    records.forEach((record, index) => {
      const value = record?.values[field.name];
      if (typeof value !== "string") return;
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else
        problems.push({
          index,
          ...duplicateProblem(field, value, `与本批第${earlier + 1}条记录重复`),
        });
    });
    const values = [...first.keys()];
    for (let start = 0; start < values.length; start += KEYS_PER_QUERY) {
      const taken = await sql.query<{ id: number; value: string }>(
        `SELECT id, ${columnOf(field.name)} AS value FROM ${tableOf(type)}
          WHERE ${columnOf(field.name)} COLLATE "C" = ANY($1::text[])`,
        [values.slice(start, start + KEYS_PER_QUERY)],
      );
      for (const { id, value } of taken) {
        const index = first.get(value) ?? 0;
        if (updates[index] !== id)
          problems.push({ index, ...duplicateProblem(field, value, "已由另一条记录登记") });
      }
    }
  }
  return problems;
}
