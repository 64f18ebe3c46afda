// Exports of the records a list shows, streamed: the ordered ids first (ids only), then the rows
// in batches by id, so neither the whole result nor a long-running query sits on the database
// connection (PGlite has one) while a large file is written to a slow client.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import type { SheetRecord } from "../sheets/types.js";
import { accessPredicate } from "./access.js";
import type { Actor } from "./actor.js";
import { appendAudit } from "./audit.js";
import { todayOf, type EngineContext } from "./context.js";
import { showLinks } from "./record-links.js";
import { displayLabels, maskValues } from "./display.js";
import { childNameIds, sheetRecordOf, type NameLookup } from "./export-cells.js";
import { compileOrder, type ListQuery } from "./list-query.js";
import { tableOf } from "./naming.js";
import { Params } from "./params.js";
import { whereClause } from "./records-read.js";
import { selectColumns, toRecordRow, type RecordRow } from "./select.js";

export const EXPORT_BATCH = 2000;

export interface RecordExport {
  /** How many records the file will hold (the list's count for this query). */
  readonly total: number;
  /** The records in list order; each batch is read when the writer asks for it. */
  readonly records: AsyncGenerator<SheetRecord>;
}

async function namesOf(
  context: EngineContext,
  type: RecordTypeDeclaration,
  rows: readonly RecordRow[],
): Promise<NameLookup> {
  const ids = childNameIds(type, rows);
  const lookup = async (sql: string, list: readonly number[]) =>
    list.length === 0
      ? new Map<number, string>()
      : new Map(
          (await context.db.query<{ id: number; name: string }>(sql, [list])).map((r) => [
            r.id,
            r.name,
          ]),
        );
  return {
    orgs: await lookup("SELECT id, name FROM org WHERE id = ANY($1::bigint[])", ids.orgs),
    users: await lookup(
      "SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::bigint[])",
      ids.users,
    ),
  };
}

async function* batches(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  ids: readonly number[],
  batchSize: number,
): AsyncGenerator<SheetRecord> {
  let position = 0;
  for (let start = 0; start < ids.length; start += batchSize) {
    const slice = ids.slice(start, start + batchSize);
    const params = new Params();
    // The read rule again: a record moved out of this actor's reach since the ids were read stays out.
    const access = accessPredicate({ type, actor, params, purpose: "read", alias: "r" });
    const raw = await context.db.query(
      `SELECT ${selectColumns(type, "r")} FROM ${tableOf(type)} r
       WHERE r.id = ANY(${params.add(slice)}::bigint[]) AND ${access}`,
      params.values,
    );
    const byId = new Map(raw.map((columns) => [Number(columns["id"]), toRecordRow(columns)]));
    const rows = slice.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
    const names = await namesOf(context, type, rows);
    const shown = rows.map((row) => ({ values: row.values, display: displayLabels(type, row) }));
    await showLinks(context.db, type, actor, shown, "number");
    for (const [index, row] of rows.entries()) {
      const display = shown[index]?.display ?? {};
      maskValues({ type, values: row.values });
      position += 1;
      yield sheetRecordOf({ type, row, display, position, names });
    }
  }
}

/**
 * The records of a list query for an export file, masked as the list is, with one audit event
 * for the export (its query, row count and format), written before the first row goes out.
 */
export async function exportRecordsStream(
  context: EngineContext,
  type: RecordTypeDeclaration,
  actor: Actor,
  query: ListQuery,
  options: { readonly format: string; readonly batchSize?: number },
): Promise<RecordExport> {
  const params = new Params();
  const where = whereClause(type, actor, query, params, todayOf(context));
  const ids = (
    await context.db.query<{ id: number }>(
      `SELECT r.id FROM ${tableOf(type)} r WHERE ${where} ORDER BY ${compileOrder(type, query, "r")}`,
      params.values,
    )
  ).map((row) => row.id);
  // Bulk reads leave a trace: who exported what, with which filters, how many rows, in what form.
  await context.db.transaction((tx) =>
    appendAudit(tx, {
      actor,
      recordType: type.id,
      recordId: null,
      action: "export",
      before: null,
      after: { query: { ...query }, rows: ids.length, format: options.format },
      at: context.now(),
    }),
  );
  return {
    total: ids.length,
    records: batches(context, type, actor, ids, options.batchSize ?? EXPORT_BATCH),
  };
}
