// A fresh, migrated database per test file: in-memory PGlite, or a new PostgreSQL database
// when TEST_DATABASE_URL is set (the pg tier), dropped afterwards.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openPglite, openPostgres, type Database } from "../../src/db/client.js";
import { migrate, type Migration } from "../../src/db/migrate.js";
import { prepareDatabase } from "../../src/runtime/prepare.js";

export interface TestDatabase {
  readonly db: Database;
  readonly drop: () => Promise<void>;
}

/** `migrations`: only these (a migration's own test starts from the schema before it). */
export async function freshDatabase(migrations?: readonly Migration[]): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openPglite(null);
    // A migration's own test starts from the schema before it, without the bundled catalogues.
    if (migrations) await migrate(db, migrations);
    else await prepareDatabase(db);
    return { db, drop: () => db.close() };
  }
  const name = `fazhi_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 4 });
  // A migration's own test starts from the schema before it, without the bundled catalogues.
  if (migrations) await migrate(db, migrations);
  else await prepareDatabase(db);
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Row counts of the given tables: a refused write must leave every one unchanged. */
export async function tableCounts(
  db: Database,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    result[table] = row?.n ?? 0;
  }
  return result;
}
