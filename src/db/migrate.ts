// Applies the committed migrations in order, each in its own transaction, once.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "./client.js";

export const MIGRATIONS_DIR = join(import.meta.dirname, "migrations");

export interface Migration {
  readonly name: string;
  readonly sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".sql")).sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(join(dir, name), "utf8") })),
  );
}

const checksum = (sql: string): string => createHash("sha256").update(sql).digest("hex");

/** Returns the names applied now. A changed migration that was already applied is an error. */
export async function migrate(db: Database, migrations?: readonly Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations());
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migration (
       name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const applied = new Map(
    (
      await db.query<{ name: string; checksum: string }>(
        "SELECT name, checksum FROM schema_migration",
      )
    ).map((row) => [row.name, row.checksum]),
  );
  const done: string[] = [];
  for (const migration of all) {
    const previous = applied.get(migration.name);
    if (previous !== undefined) {
      if (previous !== checksum(migration.sql)) {
        throw new Error(
          `migration ${migration.name} was changed after it was applied; add a new migration instead`,
        );
      }
      continue;
    }
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)", [
        migration.name,
        checksum(migration.sql),
      ]);
    });
    done.push(migration.name);
  }
  return done;
}

/** Splits on semicolons at line ends, keeping $$-quoted function bodies whole. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  let inDollarQuote = false;
  for (const line of sql.split("\n")) {
    if (line.trim().startsWith("--") && !inDollarQuote) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && line.trimEnd().endsWith(";")) {
      statements.push(current.trim());
      current = "";
    }
  }
  if (current.trim() !== "") statements.push(current.trim());
  return statements;
}
