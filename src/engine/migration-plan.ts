// Plans the next generated migration: what the declarations need that the last snapshot lacks.
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { diffTable, tableSpecOf, type TableSpec } from "./schema.js";

export type SchemaSnapshot = Readonly<Record<string, TableSpec>>;

export interface MigrationPlan {
  readonly statements: readonly string[];
  readonly problems: readonly string[];
  readonly snapshot: SchemaSnapshot;
  readonly tables: readonly string[];
}

export function planMigration(
  types: readonly RecordTypeDeclaration[],
  previous: SchemaSnapshot,
): MigrationPlan {
  const statements: string[] = [];
  const problems: string[] = [];
  const tables: string[] = [];
  const snapshot: Record<string, TableSpec> = { ...previous };
  for (const type of types) {
    const spec = tableSpecOf(type);
    const diff = diffTable(previous[spec.table] ?? null, spec);
    if (diff.sql.length > 0) tables.push(spec.table);
    statements.push(...diff.sql);
    problems.push(...diff.problems);
    snapshot[spec.table] = spec;
  }
  return { statements, problems, snapshot, tables };
}
