// Creating and editing records: validated, access-checked, versioned, one transaction with audit.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { FieldValue } from "../kernel/values.js";
import { actorId, hasAnyRole, type Actor } from "./actor.js";
import { orgInScopePredicate } from "./access.js";
import { appendAudit } from "./audit.js";
import { applyClockEffects, clocksOf, recomputeClocks, saveClocks } from "./clocks.js";
import { todayOf, type EngineContext } from "./context.js";
import {
  forbidden,
  notFound,
  staleVersion,
  validationError,
  EngineError,
  type FieldProblem,
} from "./errors.js";
import { editableFields, parseValues, requiredOnCreate } from "./input.js";
import { columnOf, tableOf } from "./naming.js";
import { Params } from "./params.js";
import { searchTextOf } from "./search-text.js";
import { bumpVersion } from "./versions.js";
import { checkEventDate } from "./event-dates.js";
import { hasCreateRole } from "./create-access.js";
import { selectColumns, toRecordRow, type RecordRow } from "./select.js";
import { catalogueProblems } from "./catalogue-check.js";
import { linkProblems } from "./record-links.js";
import { restoreMaskedValues } from "./rows-text.js";
import { lockWritableRecord } from "./record-lock.js";
import { formatRecordNumber } from "./bulk/numbers.js";
import { uniqueProblems } from "./unique-fields.js";

/**
 * Org and user references must exist, linked records be readable; the owner org must be one the actor may write for (the
 * predicate that ownerOrgChoices offers to forms); a unique value must be no other record's.
 */
export async function checkReferences(
  sql: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  values: Readonly<Record<string, FieldValue>>,
  /** The record's stored values on an edit or action: codes it already holds stay acceptable. */
  existing: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const field of type.fields) {
    const value = values[field.name];
    if (typeof value !== "number" || (field.kind !== "org" && field.kind !== "user")) continue;
    const params = new Params();
    const id = params.add(value);
    const isOwner = field.name === type.access.orgFields[0];
    const scope = isOwner ? ` AND ${orgInScopePredicate(actor, params, id)}` : "";
    const table = field.kind === "org" ? "org" : "app_user";
    const rows = await sql.query(`SELECT 1 FROM ${table} WHERE id = ${id}${scope}`, params.values);
    if (rows.length === 0) {
      const message = isOwner ? `${field.label}不在您的管辖范围内` : `${field.label}不存在`;
      problems.push({
        field: field.name,
        code: isOwner ? "field.outOfScope" : "field.invalidReference",
        message,
      });
    }
  }
  problems.push(...(await catalogueProblems(sql, type, values, existing)));
  problems.push(...(await linkProblems(sql, type, actor, values, existing)));
  problems.push(...(await uniqueProblems(sql, type, values, existing)));
  if (problems.length > 0) throw validationError(problems);
}

async function nextRecordNumber(
  sql: Sql,
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, unknown>>,
) {
  const date = values[type.numbering.dateField];
  const year = typeof date === "string" ? Number(date.slice(0, 4)) : new Date().getFullYear();
  const [row] = await sql.query<{ last: number }>(
    `INSERT INTO record_number (record_type, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (record_type, year) DO UPDATE SET last_number = record_number.last_number + 1
     RETURNING last_number AS last`,
    [type.id, year],
  );
  return formatRecordNumber(type, year, row?.last ?? 1);
}

export async function createRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  raw: unknown,
): Promise<RecordRow> {
  if (!hasCreateRole(type, actor)) throw forbidden(`无权新建${type.label}`);
  const values = parseValues({
    type,
    raw,
    allowed: editableFields(type),
    required: requiredOnCreate(type),
  });
  const anchor = values[type.numbering.dateField];
  if (typeof anchor === "string")
    checkEventDate(type, type.numbering.dateField, anchor, values, todayOf(context));
  return context.db.transaction(async (tx) => {
    await checkReferences(tx, type, actor, values);
    const number = await nextRecordNumber(tx, type, values);
    const params = new Params();
    const names = Object.keys(values);
    const createdBy = actorId(actor);
    const now = context.now().toISOString();
    const columns = [
      "state",
      "record_number",
      "created_by",
      "updated_by",
      "created_at",
      "updated_at",
      "search_text",
      ...names.map(columnOf),
    ];
    const placeholders = [
      params.add(type.workflow.initial),
      params.add(number),
      params.add(createdBy),
      params.add(createdBy),
      params.add(now),
      params.add(now),
      params.add(searchTextOf(type, number, values)),
      ...names.map((name) => params.add(values[name])),
    ];
    const [inserted] = await tx.query(
      `INSERT INTO ${tableOf(type)} AS r (${columns.join(", ")}) VALUES (${placeholders.join(", ")}) RETURNING ${selectColumns(type, "r")}`,
      params.values,
    );
    if (!inserted) throw new Error("insert returned no row");
    const record = toRecordRow(inserted);
    const clocks = applyClockEffects({
      type,
      event: "create",
      date: todayOf(context),
      dateField: "values",
      values: record.values,
      current: new Map(),
      context,
    });
    await saveClocks(tx, type.id, record.id, clocks);
    await bumpVersion(tx, type.id);
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: record.id,
      action: "create",
      before: null,
      after: { state: record.state, recordNumber: number, ...values },
      at: context.now(),
    });
    return record;
  });
}

/** Reads the record for update inside the transaction, locking it; checks version and finality. */
export async function lockForWrite(
  tx: Sql,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
  version: unknown,
): Promise<RecordRow> {
  if (typeof version !== "number" || !Number.isInteger(version)) {
    throw validationError([
      { field: "version", code: "field.required", message: "缺少记录版本号" },
    ]);
  }
  const record = await lockWritableRecord(tx, type, actor, id);
  if (record.version !== version) throw staleVersion();
  return record;
}

/** The values a change replaces, for the audit event's "before". */
export function valuesBefore(
  record: RecordRow,
  changes: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(changes).map((name) => [name, record.values[name] ?? null]),
  );
}

/** Writes changed values and state, bumps the version, and returns the new row. */
export async function writeRecord(input: {
  readonly tx: Sql;
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly record: RecordRow;
  readonly changes: Readonly<Record<string, FieldValue>>;
  readonly state: string;
  readonly at: Date;
}): Promise<RecordRow> {
  const { tx, type, actor, record, changes } = input;
  const params = new Params();
  const merged = { ...record.values, ...changes };
  const sets = [
    `state = ${params.add(input.state)}`,
    "version = version + 1",
    `updated_at = ${params.add(input.at.toISOString())}`,
    `updated_by = ${params.add(actorId(actor))}`,
    `search_text = ${params.add(searchTextOf(type, record.recordNumber, merged))}`,
    ...Object.entries(changes).map(([name, value]) => `${columnOf(name)} = ${params.add(value)}`),
  ];
  const [raw] = await tx.query(
    `UPDATE ${tableOf(type)} r SET ${sets.join(", ")} WHERE r.id = ${params.add(record.id)} RETURNING ${selectColumns(type, "r")}`,
    params.values,
  );
  if (!raw) throw notFound();
  await bumpVersion(tx, type.id);
  return toRecordRow(raw);
}

export async function updateRecord(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
  body: { readonly version?: unknown; readonly values?: unknown },
): Promise<RecordRow> {
  if (!hasAnyRole(actor, type.access.update)) throw forbidden(`无权修改${type.label}`);
  return context.db.transaction(async (tx) => {
    const record = await lockForWrite(tx, type, actor, id, body.version);
    const state = type.workflow.states.find((candidate) => candidate.id === record.state);
    if (state?.isFinal === true)
      throw new EngineError("invalidTransition", `${state.label}的记录已归档，不能修改`);
    if (state?.isLocked === true)
      throw new EngineError("invalidTransition", `${state.label}的记录内容已固定，不能修改`);
    const changes = parseValues({
      type,
      raw: restoreMaskedValues(type.fields, body.values, record.values),
      allowed: editableFields(type),
      required: requiredOnCreate(type),
      existing: record.values,
    });
    await checkReferences(tx, type, actor, changes, record.values);
    const anchor = changes[type.numbering.dateField];
    if (typeof anchor === "string")
      checkEventDate(type, type.numbering.dateField, anchor, changes, todayOf(context));
    const updated = await writeRecord({
      tx,
      type,
      actor,
      record,
      changes,
      state: record.state,
      at: context.now(),
    });
    const current = await clocksOf(tx, type.id, id);
    await saveClocks(
      tx,
      type.id,
      id,
      recomputeClocks({ type, current, values: updated.values, context }),
    );
    const before = valuesBefore(record, changes);
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: id,
      action: "update",
      before,
      after: changes,
      at: context.now(),
    });
    return updated;
  });
}
