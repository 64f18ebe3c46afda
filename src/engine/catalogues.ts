// Catalogue editions in the database: loading one (all or nothing, audited), installing the bundled
// editions on a new database, searching entries for the form, and checking codes on write.
import { createHash } from "node:crypto";
import type { Database, Sql } from "../db/client.js";
import {
  parseCatalogueEntries,
  type CatalogueDeclaration,
  type CatalogueEntry,
  type EntryProblem,
} from "../kernel/catalogues.js";
import type { RawEntry } from "../kernel/catalogue-file.js";
import { actorName, type Actor } from "./actor.js";
import { appendAudit } from "./audit.js";
import { EngineError } from "./errors.js";

export interface Edition {
  readonly catalogue: string;
  readonly source: string;
  readonly sha256: string;
  readonly entryCount: number;
  readonly loadedAt: string;
  readonly loadedBy: string;
}

export interface LoadResult {
  readonly edition: Edition;
  /** Codes of the previous edition that this one no longer has (kept, not current). */
  readonly retired: readonly string[];
}

export class CatalogueLoadError extends EngineError {
  constructor(readonly entryProblems: readonly EntryProblem[]) {
    super(
      "validation",
      `目录文件有${entryProblems.length}处错误，未载入任何条目`,
      entryProblems.map((problem) => ({
        field: `entries[${problem.line}].${problem.field}`,
        code: `catalogue.${problem.field}`,
        message: problem.message,
      })),
    );
  }
}

const digestOf = (entries: readonly CatalogueEntry[]): string =>
  createHash("sha256")
    .update(
      entries.map((entry) => `${entry.code}\t${entry.name}\t${entry.parent ?? ""}`).join("\n"),
    )
    .digest("hex");

/**
 * Replaces the catalogue's edition with `raw`: every entry is checked first and nothing is written
 * unless all pass. Codes the new edition drops stay as not current, so old records keep their names.
 */
export async function loadCatalogue(
  db: Database,
  catalogue: CatalogueDeclaration,
  raw: readonly RawEntry[],
  input: { readonly actor: Actor; readonly source: string; readonly at: Date },
): Promise<LoadResult> {
  const parsed = parseCatalogueEntries(catalogue, raw);
  if (!parsed.ok) throw new CatalogueLoadError(parsed.problems);
  const entries = parsed.entries;
  const sha256 = digestOf(entries);
  return db.transaction(async (tx) => {
    const before = await editionOf(tx, catalogue.id);
    const current = await tx.query<{ code: string }>(
      "SELECT code FROM catalogue_entry WHERE catalogue = $1 AND is_current",
      [catalogue.id],
    );
    const incoming = new Set(entries.map((entry) => entry.code));
    const retired = current.map((row) => row.code).filter((code) => !incoming.has(code));
    await tx.query("UPDATE catalogue_entry SET is_current = false WHERE catalogue = $1", [
      catalogue.id,
    ]);
    await tx.query(
      `INSERT INTO catalogue_entry (catalogue, code, name, parent_code, position, is_current)
       SELECT $1, e.code, e.name, e.parent, e.position, true
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS e(code, name, parent, position)
       ON CONFLICT (catalogue, code) DO UPDATE
         SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code,
             position = EXCLUDED.position, is_current = true`,
      [
        catalogue.id,
        entries.map((entry) => entry.code),
        entries.map((entry) => entry.name),
        entries.map((entry) => entry.parent),
        entries.map((_, index) => index + 1),
      ],
    );
    const edition: Edition = {
      catalogue: catalogue.id,
      source: input.source,
      sha256,
      entryCount: entries.length,
      loadedAt: input.at.toISOString(),
      loadedBy: actorName(input.actor),
    };
    await tx.query(
      `INSERT INTO catalogue_edition (catalogue, source, sha256, entry_count, loaded_at, loaded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (catalogue) DO UPDATE SET source = EXCLUDED.source, sha256 = EXCLUDED.sha256,
         entry_count = EXCLUDED.entry_count, loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by`,
      [catalogue.id, input.source, sha256, entries.length, input.at, edition.loadedBy],
    );
    await appendAudit(tx, {
      actor: input.actor,
      recordType: "catalogue",
      recordId: null,
      action: "catalogue.load",
      before: before ? { catalogue: catalogue.id, ...editionFacts(before) } : null,
      after: { catalogue: catalogue.id, ...editionFacts(edition), retired },
      at: input.at,
    });
    return { edition, retired };
  });
}

const editionFacts = (edition: Edition) => ({
  source: edition.source,
  sha256: edition.sha256,
  entryCount: edition.entryCount,
});

const EDITION_COLUMNS = `catalogue, source, sha256, entry_count AS "entryCount",
  loaded_at AS "loadedAt", loaded_by AS "loadedBy"`;

async function editionOf(sql: Sql, catalogue: string): Promise<Edition | null> {
  const [row] = await sql.query<Edition>(
    `SELECT ${EDITION_COLUMNS} FROM catalogue_edition WHERE catalogue = $1`,
    [catalogue],
  );
  return row ? normalise(row) : null;
}

const normalise = (row: Edition): Edition => ({
  ...row,
  loadedAt: new Date(row.loadedAt).toISOString(),
});

export async function editions(sql: Sql): Promise<Edition[]> {
  const rows = await sql.query<Edition>(
    `SELECT ${EDITION_COLUMNS} FROM catalogue_edition ORDER BY catalogue`,
  );
  return rows.map(normalise);
}

/** A new database gets the editions shipped with the platform; a loaded edition is never replaced. */
export async function installBundledCatalogues(
  db: Database,
  catalogues: readonly CatalogueDeclaration[],
  at: Date,
): Promise<string[]> {
  const installed: string[] = [];
  for (const catalogue of catalogues) {
    if ((await editionOf(db, catalogue.id)) !== null) continue;
    await loadCatalogue(db, catalogue, catalogue.bundled, {
      actor: { kind: "system", reason: "安装随平台提供的目录" },
      source: `随平台提供（${catalogue.source}）`,
      at,
    });
    installed.push(catalogue.id);
  }
  return installed;
}

export interface EntryView {
  readonly code: string;
  readonly name: string;
  readonly parent: string | null;
  /** Whether it may be chosen: current, and a leaf when the catalogue takes leaves only. */
  readonly isSelectable: boolean;
}

const LEAF = `NOT EXISTS (SELECT 1 FROM catalogue_entry c
  WHERE c.catalogue = e.catalogue AND c.parent_code = e.code AND c.is_current)`;

/** Entries matching a code prefix or a part of the name, current ones, in catalogue order. */
export async function searchEntries(
  sql: Sql,
  catalogue: CatalogueDeclaration,
  query: { readonly q?: string; readonly codes?: readonly string[]; readonly limit: number },
): Promise<EntryView[]> {
  const selectable = catalogue.leavesOnly ? `e.is_current AND ${LEAF}` : "e.is_current";
  const params: unknown[] = [catalogue.id];
  let where = "e.is_current";
  if (query.codes !== undefined) {
    // Looking up codes a record already holds: retired ones too, so they still show a name.
    params.push([...query.codes]);
    where = `e.code = ANY($${params.length}::text[])`;
  } else if (query.q !== undefined && query.q.trim() !== "") {
    const q = query.q.trim();
    const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    params.push(`${literal}%`, `%${literal}%`);
    where += ` AND (e.code LIKE $2 OR e.name LIKE $3)`;
  }
  params.push(query.limit);
  return sql.query<EntryView>(
    `SELECT e.code, e.name, e.parent_code AS parent, (${selectable}) AS "isSelectable"
       FROM catalogue_entry e
      WHERE e.catalogue = $1 AND ${where}
      ORDER BY e.position LIMIT $${params.length}`,
    params,
  );
}

/** The codes among `codes` that may not be chosen now (unknown, retired, or not a leaf). */
export async function unselectableCodes(
  sql: Sql,
  catalogue: CatalogueDeclaration,
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await searchEntries(sql, catalogue, { codes, limit: codes.length });
  const selectable = new Set(found.filter((entry) => entry.isSelectable).map((e) => e.code));
  return codes.filter((code) => !selectable.has(code));
}
