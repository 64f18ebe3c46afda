// Writing the updates of an import by key: the records whose values changed, a few thousand per
// UPDATE … FROM json_to_recordset, each with an audit event of what changed (as an edit has).
// Records the row leaves as they are get neither a write nor an event.
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { Sql } from "../../db/client.js";
import { BULK_CHUNK } from "../../db/bulk-insert.js";
import type { RecordTypeDeclaration } from "../../kernel/declaration.js";
import { actorId, type Actor } from "../actor.js";
import type { AuditEventInput } from "../audit.js";
import { columnOf, tableOf } from "../naming.js";
import { tableSpecOf } from "../schema.js";
import { searchTextOf } from "../search-text.js";
import type { StoredRecord } from "./keyed.js";
import type { ValidRecord } from "./validate.js";

export interface KeyedUpdate {
  readonly stored: StoredRecord;
  readonly record: ValidRecord;
}

/** A stored value and a parsed one compare equal when they are the same JSON (rows included). */
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

interface Change {
  readonly update: KeyedUpdate;
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
}

function changeOf(type: RecordTypeDeclaration, update: KeyedUpdate): Change | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of type.fields) {
    if (field.kind === "attachment") continue;
    const old = update.stored.values[field.name] ?? null;
    const next = update.record.values[field.name] ?? null;
    if (same(old, next)) continue;
    before[field.name] = old;
    after[field.name] = next;
  }
  if (update.stored.state !== update.record.state) {
    before["state"] = update.stored.state;
    after["state"] = update.record.state;
  }
  return Object.keys(after).length === 0 ? null : { update, before, after };
}

/** Whether the row changes the stored record (a dry run counts what an import would write). */
export const changesAnything = (type: RecordTypeDeclaration, update: KeyedUpdate): boolean =>
  changeOf(type, update) !== null;

/** `bigint REFERENCES org (id)` → `bigint`, for json_to_recordset's column list. */
const baseType = (sql: string): string => /^[a-z]+(\(\d+,\d+\))?/.exec(sql)?.[0] ?? sql;

/**
 * Writes the changed records in the caller's transaction; returns their audit events (for the
 * caller's one hash-chained batch) and how many rows were left unchanged.
 */
export async function writeUpdates(input: {
  readonly tx: Sql;
  readonly type: RecordTypeDeclaration;
  readonly actor: Actor;
  readonly updates: readonly KeyedUpdate[];
  readonly now: Date;
}): Promise<{ readonly events: AuditEventInput[]; readonly updated: number }> {
  const { tx, type, actor, now } = input;
  const changes = input.updates
    .map((update) => changeOf(type, update))
    .filter((change): change is Change => change !== null);
  const spec = tableSpecOf(type).columns;
  const fields = type.fields.filter((field) => field.kind !== "attachment");
  const columns = [
    { name: "id", type: "bigint" },
    { name: "state", type: "text" },
    { name: "search_text", type: "text" },
    ...fields.map((field) => ({
      name: columnOf(field.name),
      type: baseType(spec[columnOf(field.name)] ?? "text"),
    })),
  ];
  const sets = [
    "state = x.state",
    "search_text = x.search_text",
    "version = r.version + 1",
    "updated_at = $2::timestamptz",
    "updated_by = $3::bigint",
    ...fields.map((field) => `${columnOf(field.name)} = x.${columnOf(field.name)}`),
  ];
  const statement = `UPDATE ${tableOf(type)} r SET ${sets.join(", ")}
    FROM json_to_recordset($1::text::json) AS x(${columns.map((c) => `${c.name} ${c.type}`).join(", ")})
    WHERE r.id = x.id`;
  for (let offset = 0; offset < changes.length; offset += BULK_CHUNK) {
    if (offset > 0) await yieldToLoop();
    const chunk = changes.slice(offset, offset + BULK_CHUNK).map(({ update }) => {
      const row: Record<string, unknown> = {
        id: update.stored.id,
        state: update.record.state,
        search_text: searchTextOf(type, update.stored.recordNumber, update.record.values),
      };
      for (const field of fields)
        row[columnOf(field.name)] =
          update.record.values[field.name] ?? (field.kind === "table" ? [] : null);
      return row;
    });
    await tx.query(statement, [JSON.stringify(chunk), now.toISOString(), actorId(actor)]);
  }
  const events = changes.map((change): AuditEventInput => ({
    actor,
    recordType: type.id,
    recordId: change.update.stored.id,
    action: "update",
    before: change.before,
    after: change.after,
    at: now,
  }));
  return { events, updated: changes.length };
}
