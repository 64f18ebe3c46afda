// Many rows in one INSERT: the rows sent as one JSON parameter and read by json_to_recordset.
// Close to COPY in speed (docs/benchmarks.md), and unlike COPY in postgres.js 3.4.9 a refused row
// fails the statement like any other (a failed COPY FROM STDIN never settles: porsager/postgres#1173).
import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { Sql } from "./client.js";

export interface BulkColumn {
  readonly name: string;
  /** The column's SQL type, e.g. `date`, `numeric(16,2)`, `jsonb`. */
  readonly type: string;
}

/** Rows per statement: large enough to amortise a round trip, small enough for one parameter. */
export const BULK_CHUNK = 5000;
const IN_FLIGHT = 3;

/** A row as the JSON object json_to_recordset reads: short keys, jsonb values nested as they are. */
function rowObject(
  columns: readonly BulkColumn[],
  row: readonly unknown[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const value = row[index];
    object[`c${index}`] = value instanceof Date ? value.toISOString() : (value ?? null);
  });
  return object;
}

export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  /** Rows inserted so far, after each statement: a long batch reports its progress. */
  onInserted?: (rows: number) => void,
): Promise<void> {
  const names = columns.map((column) => column.name).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  const types = columns.map((column, index) => `c${index} ${column.type}`).join(", ");
  // One JSON parameter per statement: the server parses it once, and jsonb values (rows, clock
  // steps, audit values) travel nested rather than escaped inside an array literal.
  const statement = `INSERT INTO ${table} (${names}) SELECT ${aliases} FROM json_to_recordset($1::text::json) AS x(${types})`;
  // A few statements in flight: with a server, the next chunk is serialised while it inserts one.
  const inFlight: Promise<unknown>[] = [];
  for (let offset = 0; offset < rows.length; offset += BULK_CHUNK) {
    // PGlite runs each statement on this thread: a turn of the event loop between them lets the
    // progress reported so far reach the client, and other requests in.
    if (offset > 0) await yieldToLoop();
    const chunk = rows.slice(offset, offset + BULK_CHUNK).map((row) => rowObject(columns, row));
    const end = Math.min(offset + BULK_CHUNK, rows.length);
    const query = sql.query(statement, [JSON.stringify(chunk)]).then((result) => {
      onInserted?.(end);
      return result;
    });
    // Handled here and awaited below: a chunk refused while another is awaited is not unhandled.
    query.catch(() => undefined);
    inFlight.push(query);
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
}
