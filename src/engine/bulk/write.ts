// Writing validated records in bulk: ids and numbers reserved in one statement each, records,
// clocks and audit events inserted a few thousand rows per statement, all in the caller's transaction.
import type { Sql } from "../../db/client.js";
import { insertRows, type BulkColumn } from "../../db/bulk-insert.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { actorId, type Actor } from "../actor.js";
import type { AuditEventInput } from "../audit.js";
import { appendAuditBatch } from "../audit-batch.js";
import { lockAuditChain } from "../audit.js";
import { columnOf, tableOf } from "../naming.js";
import { tableSpecOf } from "../schema.js";
import { searchTextOf } from "../search-text.js";
import { bumpVersion } from "../versions.js";
import { advanceSeriesPast } from "../number-series.js";
import { assignNumbers } from "./numbers.js";
import type { ValidRecord } from "./validate.js";
import { writeUpdates, type KeyedUpdate } from "./update.js";

/** `bigint REFERENCES org (id)` → `bigint`: the type without constraints, for the array cast. */
const baseType = (sql: string): string => /^[a-z]+(\(\d+,\d+\))?/.exec(sql)?.[0] ?? sql;

const CLOCK_COLUMNS: readonly BulkColumn[] = [
  { name: "record_type", type: "text" },
  { name: "record_id", type: "bigint" },
  { name: "clock_id", type: "text" },
  { name: "rule_id", type: "text" },
  { name: "started_on", type: "date" },
  { name: "restarts", type: "jsonb" },
  { name: "pauses", type: "jsonb" },
  { name: "open_pause", type: "jsonb" },
  { name: "extension_days", type: "integer" },
  { name: "due_on", type: "date" },
  { name: "stopped_on", type: "date" },
  { name: "status", type: "text" },
  { name: "provisional", type: "boolean" },
  { name: "steps", type: "jsonb" },
];

export interface BatchSource {
  /** What the batch event records: the file, or why a system loaded it. */
  readonly file: { readonly name: string; readonly sha256: string; readonly bytes: number } | null;
  readonly note?: string;
}

export async function writeRecords(input: {
  readonly tx: Sql;
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly records: readonly ValidRecord[];
  readonly now: Date;
  readonly source: BatchSource;
  readonly onWritten?: (rows: number) => void;
  /** Stored records the batch updates by the type's importKey (keyed.ts). */
  readonly updates?: readonly KeyedUpdate[];
}): Promise<{ readonly ids: number[]; readonly batchSeq: number; readonly updated: number }> {
  const { tx, type, actor, records, now } = input;
  const table = tableOf(type);
  const ids = (
    await tx.query<{ id: number }>(
      `SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id FROM generate_series(1, $1::int)`,
      [records.length],
    )
  ).map((row) => row.id);
  const numbers = await assignNumbers(tx, type, records);
  await advanceSeriesPast(tx, type, records);
  const chainEnd = await lockAuditChain(tx);
  const spec = tableSpecOf(type).columns;
  const fields = type.fields.filter((field) => field.kind !== "attachment");
  const columns: BulkColumn[] = [
    "id",
    "state",
    "record_number",
    "created_by",
    "updated_by",
    "created_at",
    "updated_at",
    "search_text",
    ...fields.map((field) => columnOf(field.name)),
  ].map((name) => ({ name, type: baseType(spec[name] ?? "text") }));
  const by = actorId(actor);
  const rows = records.map((record, index) => {
    const at = (record.at ?? now).toISOString();
    const createdBy = record.createdBy === undefined ? by : record.createdBy;
    const number = numbers[index] ?? null;
    return [
      ids[index],
      record.state,
      number,
      createdBy,
      createdBy,
      at,
      at,
      searchTextOf(type, number, record.values),
      ...fields.map((field) => record.values[field.name] ?? (field.kind === "table" ? [] : null)),
    ];
  });
  // Not awaited yet: the clocks' and events' rows are made (and hashed) while the records insert.
  const written = insertRows(tx, table, columns, rows, input.onWritten);
  const clockRows = records.flatMap((record, index) =>
    record.clocks.map((clock) => [
      type.id,
      ids[index],
      clock.clockId,
      clock.ruleId,
      clock.startedOn,
      clock.restarts,
      clock.pauses,
      clock.openPause,
      clock.extensionDays,
      clock.dueOn,
      clock.stoppedOn,
      clock.status,
      clock.provisional,
      clock.steps,
    ]),
  );
  const clocksWritten = insertRows(tx, "record_clock", CLOCK_COLUMNS, clockRows);
  const events: AuditEventInput[] = records.map((record, index) => ({
    actor,
    recordType: type.id,
    recordId: ids[index] ?? null,
    action: "import",
    before: null,
    after: { state: record.state, recordNumber: numbers[index] ?? null, ...record.values },
    at: record.at ?? now,
  }));
  // Updated records are written after the new ones are in (both awaited together, so neither's
  // failure goes unhandled); their events precede the batch's own.
  if ((input.updates ?? []).length > 0) await Promise.all([written, clocksWritten]);
  const updates = await writeUpdates({ tx, type, actor, updates: input.updates ?? [], now });
  events.push(...updates.events);
  events.push({
    actor,
    recordType: type.id,
    recordId: null,
    action: "importBatch",
    before: null,
    after: {
      records: records.length,
      ...(input.updates
        ? { updated: updates.updated, unchanged: input.updates.length - updates.updated }
        : {}),
      ...(input.source.file ? { file: input.source.file } : {}),
      ...(input.source.note ? { note: input.source.note } : {}),
      firstId: ids[0] ?? null,
      lastId: ids.at(-1) ?? null,
    },
    at: now,
  });
  const [{ lastSeq }] = await Promise.all([
    appendAuditBatch(tx, chainEnd, events),
    written,
    clocksWritten,
  ]);
  await bumpVersion(tx, type.id);
  return { ids, batchSeq: lastSeq, updated: updates.updated };
}
