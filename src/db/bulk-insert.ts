// Many rows in one INSERT: each column sent as one array parameter and unnested on the server.
// Close to COPY in speed (docs/benchmarks.md), and unlike COPY in postgres.js 3.4.9 a refused row
// fails the statement like any other (a failed COPY FROM STDIN never settles: porsager/postgres#1173).
import type { Sql } from "./client.js";

export interface BulkColumn {
  readonly name: string;
  /** The column's SQL type, e.g. `date`, `numeric(16,2)`, `jsonb`. */
  readonly type: string;
}

/** Rows per statement: large enough to amortise a round trip, small enough for one parameter. */
export const BULK_CHUNK = 5000;

/** Values of a jsonb column are sent as JSON text. */
const cell = (column: BulkColumn, value: unknown): unknown =>
  column.type === "jsonb" && value !== null && value !== undefined
    ? JSON.stringify(value)
    : (value ?? null);

export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const arrays = columns.map(
    (column) =>
      `$${columns.indexOf(column) + 1}::${column.type === "jsonb" ? "text" : column.type}[]`,
  );
  const select = columns.map((column, index) =>
    column.type === "jsonb" ? `c${index}::jsonb` : `c${index}`,
  );
  const text = `INSERT INTO ${table} (${columns.map((column) => column.name).join(", ")})
    SELECT ${select.join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${columns.map((_, index) => `c${index}`).join(", ")})`;
  for (let offset = 0; offset < rows.length; offset += BULK_CHUNK) {
    const chunk = rows.slice(offset, offset + BULK_CHUNK);
    const params = columns.map((column, index) => chunk.map((row) => cell(column, row[index])));
    await sql.query(text, params);
  }
}
