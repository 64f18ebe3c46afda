// One database interface over two real drivers: PGlite (embedded, default) and postgres.js (server).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction; everything it writes commits or rolls back together. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Dates stay YYYY-MM-DD strings, int8 and numeric become numbers (ids and money fit in 2^53).
const OID = { int8: 20, numeric: 1700, date: 1082, timestamptz: 1184, timestamp: 1114 } as const;
const toNumber = (value: string): number => Number(value);
/** PostgreSQL writes '2026-11-26 14:40:00.123+00'; make it ISO 8601 before Date parses it. */
const parseTimestamp = (value: string): string =>
  new Date(value.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).toISOString();
const asText = (value: string): string => value;

export interface PgliteOptions {
  /**
   * A dump (PGlite `dumpDataDir`) of a freshly initialised, empty cluster to start a new data
   * directory from instead of running initdb; ignored when the directory already holds a database.
   */
  readonly emptyCluster?: () => Blob | undefined;
}

export async function openPglite(
  dataDir: string | null,
  options: PgliteOptions = {},
): Promise<Database> {
  return (await openPgliteDriver(dataDir, options)).db;
}

/** The database and the PGlite instance under it, for what the interface leaves out (benchmarks' COPY). */
export async function openPgliteDriver(
  dataDir: string | null,
  options: PgliteOptions = {},
): Promise<{ readonly db: Database; readonly driver: PGlite }> {
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  const isNew = dataDir === null || !existsSync(join(dataDir, "PG_VERSION"));
  const emptyCluster = isNew ? options.emptyCluster?.() : undefined;
  const db = await PGlite.create(dataDir ?? undefined, {
    ...(emptyCluster ? { loadDataDir: emptyCluster } : {}),
    parsers: {
      [OID.int8]: toNumber,
      [OID.numeric]: toNumber,
      [OID.date]: asText,
      [OID.timestamptz]: parseTimestamp,
      [OID.timestamp]: asText,
    },
  });
  const wrap = (target: Pick<PGlite, "query">): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
  });
  return {
    driver: db,
    db: {
      kind: "pglite",
      ...wrap(db),
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      close: () => db.close(),
    },
  };
}

export function openPostgres(url: string, options: { readonly max?: number } = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    // Selectivity depends on the org in the access predicate: a cached generic plan would be
    // planned for no org in particular. Planning each time costs ~0.3 ms and is always right.
    connection: { plan_cache_mode: "force_custom_plan" },
    types: {
      int8: { to: OID.int8, from: [OID.int8], serialize: String, parse: toNumber },
      numeric: { to: OID.numeric, from: [OID.numeric], serialize: String, parse: toNumber },
      date: { to: OID.date, from: [OID.date], serialize: String, parse: asText },
      timestamptz: {
        to: OID.timestamptz,
        from: [OID.timestamptz, OID.timestamp],
        serialize: (value: unknown) =>
          value instanceof Date ? value.toISOString() : String(value),
        parse: parseTimestamp,
      },
    },
  });
  type Unsafe = Pick<typeof sql, "unsafe">;
  const wrap = (target: Unsafe): Sql => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const rows = await target.unsafe(text, params as never[], { prepare: true });
      return rows as unknown as Row[];
    },
  });
  return {
    kind: "postgres",
    ...wrap(sql),
    transaction: async (work) => (await sql.begin((tx) => work(wrap(tx)))) as never,
    close: () => sql.end({ timeout: 5 }),
  };
}
