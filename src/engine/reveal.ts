// Full ID and phone numbers of one record, on request: for its caseworkers only, audited.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { accessPredicate } from "./access.js";
import type { Actor } from "./actor.js";
import { appendAudit } from "./audit.js";
import type { EngineContext } from "./context.js";
import { holdsSensitiveValue, mayUnmask, revealableFields } from "./display.js";
import { isSensitiveColumn, maskRows } from "./rows-text.js";
import { forbidden, notFound } from "./errors.js";
import { tableOf } from "./naming.js";
import { Params } from "./params.js";
import { selectColumns, toRecordRow } from "./select.js";

/** A full ID or phone number, or the rows of a table with the columns the actor may read in full. */
export type RevealedValue = string | readonly Record<string, unknown>[];

/** The audit action of a full read; history shows it to auditors only. */
export const REVEAL_ACTION = "readSensitive";

/**
 * The unmasked sensitive values the actor may read on this record. The record is read through the
 * list's predicate (404 when not readable, so existence does not leak), the fields through
 * `revealableFields` (403 for readers such as leaders and auditors), and the read is audited —
 * who, which record, which fields — in the same transaction.
 */
export async function revealSensitive(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  id: number,
): Promise<{ readonly values: Readonly<Record<string, RevealedValue>> }> {
  return context.db.transaction(async (tx) => {
    const params = new Params();
    const readable = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
    const writable = accessPredicate({ type, actor, params, purpose: "write", alias: "r" });
    const [raw] = await tx.query(
      `SELECT ${selectColumns(type, "r")}, (${writable}) AS "isWritable"
       FROM ${tableOf(type)} r WHERE r.id = ${params.add(id)} AND ${readable}`,
      params.values,
    );
    if (!raw) throw notFound();
    const { isWritable, ...columns } = raw;
    const row = toRecordRow(columns);
    const entitled = revealableFields(type, actor, isWritable === true);
    if (entitled.length === 0) throw forbidden("无权查看完整的身份证号和电话号码");
    const fields = entitled.filter((name) =>
      holdsSensitiveValue(
        type.fields.find((field) => field.name === name),
        row.values[name],
      ),
    );
    // Nothing filled in: nothing was read, so nothing to audit.
    if (fields.length === 0) return { values: {} };
    await appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: id,
      action: REVEAL_ACTION,
      before: null,
      after: { fields },
      at: context.now(),
    });
    const full = (name: string): RevealedValue => {
      const value = row.values[name];
      const table = type.fields.find((field) => field.name === name);
      if (table?.kind !== "table") return String(value);
      // Columns the actor may not unmask stay masked even in a revealed table.
      const unmasked = table.columns
        .filter((column) => isSensitiveColumn(column) && mayUnmask(column, actor))
        .map((column) => column.name);
      return maskRows(table, value, new Set(unmasked));
    };
    return { values: Object.fromEntries(fields.map((name) => [name, full(name)])) };
  });
}
