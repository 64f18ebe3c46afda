// Names of the catalogue codes held in a record's child-table cells (抽查行业 rows): the record page
// shows them as "52 零售业", like a top-level catalogue field, whose name the record's own query reads.
import type { Sql } from "../db/client.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { rowsOf } from "./rows-text.js";

/** Codes per catalogue (catalogue id → code → "code name"). */
export type CatalogueNames = Record<string, Record<string, string>>;

/** The catalogue codes in the record's table cells, by catalogue. */
function cellCodes(
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, unknown>>,
): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const field of type.fields) {
    if (field.kind !== "table") continue;
    for (const column of field.columns) {
      if (column.kind !== "catalogue") continue;
      for (const row of rowsOf(values[field.name])) {
        const code = row[column.name];
        if (typeof code !== "string" || code === "") continue;
        const held = codes.get(column.catalogue) ?? new Set<string>();
        held.add(code);
        codes.set(column.catalogue, held);
      }
    }
  }
  return codes;
}

/**
 * "code name" of every catalogue code in the record's table cells, in one query (none when no cell
 * holds a code). Retired entries keep their names, so old rows still read as they were chosen.
 */
export async function catalogueCellNames(
  db: Sql,
  type: RecordTypeDeclaration,
  values: Readonly<Record<string, unknown>>,
): Promise<CatalogueNames> {
  const codes = cellCodes(type, values);
  const names: CatalogueNames = {};
  if (codes.size === 0) return names;
  const catalogues = [...codes.keys()];
  const wanted = [...codes.values()].flatMap((held) => [...held]);
  const rows = await db.query<{ catalogue: string; code: string; label: string }>(
    `SELECT catalogue, code, code || ' ' || name AS label FROM catalogue_entry
     WHERE catalogue = ANY($1::text[]) AND code = ANY($2::text[])`,
    [catalogues, wanted],
  );
  for (const row of rows) {
    // Both lists are matched separately: keep only the pairs a cell holds.
    if (codes.get(row.catalogue)?.has(row.code) !== true) continue;
    (names[row.catalogue] ??= {})[row.code] = row.label;
  }
  return names;
}
