// Who may be drawn: the entities and inspectors of the two directories that a random inspection
// may select (双随机). Entities: registration status 存续, of the plan's industries and supervising
// departments, per credit-risk class, in creditCode code-unit order (the order the draw sorts a
// stratum by, src/draw/types.ts). Inspectors: 在岗 with a certificate valid on the day of the draw,
// of the plan's departments, with the conflicts they declared.
//
// These are system reads for building a draw's material, not a user's list: the caller (the
// inspection plan) has checked that its user may run the plan. A county directory holds hundreds
// of thousands of entities, so they are read in pages by a creditCode cursor (keyset over the
// unique index), never all into one array unless the caller collects them.
import type { Sql } from "../../db/client.js";
import type { RiskClass } from "../../draw/types.js";
import { ELIGIBLE_ENTITY_STATUS, ELIGIBLE_INSPECTOR_STATUS } from "./fields.js";

export const RISK_CLASS_ORDER: readonly RiskClass[] = ["A", "B", "C", "D", "unclassified"];

export interface EntityFilter {
  /** 国民经济行业分类 codes as the entities hold them (divisions, `62`); absent or empty: every industry. */
  readonly industries?: readonly string[];
  /** Org ids of supervising departments (exactly these, not their subtrees); absent or empty: every department. */
  readonly supervisingOrgs?: readonly number[];
}

export interface EligibleEntity {
  /** The marketEntity record's id. */
  readonly id: number;
  readonly creditCode: string;
  readonly name: string;
  readonly riskClass: RiskClass;
  readonly industry: string;
  readonly supervisingOrg: number;
  /** The department the entity belongs to or is run by: its inspectors must recuse. */
  readonly affiliatedOrg: number | null;
}

export interface EntityPage {
  readonly entities: readonly EligibleEntity[];
  /** The creditCode to pass as `after` for the next page; null after the last page. */
  readonly next: string | null;
}

export const DEFAULT_PAGE_SIZE = 5000;
const MAX_PAGE_SIZE = 50_000;

interface EntityRow {
  id: number;
  credit_code: string;
  name: string;
  risk_class: string | null;
  industry: string;
  supervising_org: number;
  affiliated_org: number | null;
}

/** The WHERE clause of eligible entities and its parameters, numbered from $1. */
function entityWhere(
  filter: EntityFilter,
  riskClass?: RiskClass,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [ELIGIBLE_ENTITY_STATUS];
  const parts = ["status = $1"];
  if (filter.industries && filter.industries.length > 0) {
    params.push([...filter.industries]);
    parts.push(`industry = ANY($${params.length}::text[])`);
  }
  if (filter.supervisingOrgs && filter.supervisingOrgs.length > 0) {
    params.push([...filter.supervisingOrgs]);
    parts.push(`supervising_org = ANY($${params.length}::bigint[])`);
  }
  if (riskClass === "unclassified") parts.push("risk_class IS NULL");
  else if (riskClass !== undefined) {
    params.push(riskClass);
    parts.push(`risk_class = $${params.length}`);
  }
  return { sql: parts.join(" AND "), params };
}

const riskClassOf = (stored: string | null): RiskClass =>
  stored === "A" || stored === "B" || stored === "C" || stored === "D" ? stored : "unclassified";

/** How many entities are eligible in each risk class (every class present, 0 when none). */
export async function countEligibleEntities(
  db: Sql,
  filter: EntityFilter,
): Promise<Readonly<Record<RiskClass, number>>> {
  const where = entityWhere(filter);
  const rows = await db.query<{ risk_class: string | null; n: number }>(
    `SELECT risk_class, count(*)::int AS n FROM r_market_entity WHERE ${where.sql} GROUP BY risk_class`,
    where.params,
  );
  const counts: Record<RiskClass, number> = { A: 0, B: 0, C: 0, D: 0, unclassified: 0 };
  for (const row of rows) counts[riskClassOf(row.risk_class)] += row.n;
  return counts;
}

/**
 * One page of the eligible entities of a risk class, in creditCode code-unit order, starting
 * after the code `after` (null or absent: from the first).
 */
export async function listEligibleEntities(
  db: Sql,
  filter: EntityFilter & { readonly riskClass: RiskClass },
  page: { readonly after?: string | null; readonly limit?: number } = {},
): Promise<EntityPage> {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new RangeError(`page limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  const where = entityWhere(filter, filter.riskClass);
  const params = [...where.params];
  let after = "";
  if (page.after !== undefined && page.after !== null) {
    params.push(page.after);
    after = ` AND credit_code COLLATE "C" > $${params.length}`;
  }
  params.push(limit + 1);
  // COLLATE "C" matches the unique index (r_market_entity_credit_code_key): an index walk in
  // code-unit order, whatever the database's locale.
  const rows = await db.query<EntityRow>(
    `SELECT id, credit_code, name, risk_class, industry, supervising_org, affiliated_org
       FROM r_market_entity WHERE ${where.sql}${after}
      ORDER BY credit_code COLLATE "C" LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > limit;
  const entities = rows.slice(0, limit).map((row): EligibleEntity => ({
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    riskClass: riskClassOf(row.risk_class),
    industry: row.industry,
    supervisingOrg: row.supervising_org,
    affiliatedOrg: row.affiliated_org,
  }));
  return { entities, next: more ? (entities.at(-1)?.creditCode ?? null) : null };
}

/** Every eligible entity of a risk class in creditCode order, read a page at a time. */
export async function* eligibleEntities(
  db: Sql,
  filter: EntityFilter & { readonly riskClass: RiskClass },
  pageSize: number = DEFAULT_PAGE_SIZE,
): AsyncGenerator<EligibleEntity> {
  let after: string | null = null;
  do {
    const page: EntityPage = await listEligibleEntities(db, filter, { after, limit: pageSize });
    yield* page.entities;
    after = page.next;
  } while (after !== null);
}

export interface InspectorFilter {
  /** Org ids of the departments taking part (exactly these, not their subtrees); at least one. */
  readonly orgs: readonly number[];
  /** The day of the draw (YYYY-MM-DD): a certificate valid until the day before is not valid. */
  readonly on: string;
  /** 执法领域 values; absent or empty: every speciality. */
  readonly specialities?: readonly string[];
}

export interface DeclaredConflict {
  readonly creditCode: string;
  readonly reason: string;
  readonly declaredOn: string;
}

export interface EligibleInspector {
  /** The inspector record's id. */
  readonly id: number;
  /** 执法证号: the inspector's public identifier in a draw (DrawInspector.code). */
  readonly certificateNumber: string;
  readonly name: string;
  readonly org: number;
  readonly orgCode: string;
  readonly orgName: string;
  /** A SPECIALITIES value (fields.ts). */
  readonly speciality: string;
  readonly certificateValidUntil: string;
  readonly conflicts: readonly DeclaredConflict[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The eligible inspectors of the given departments, by certificate number in code-unit order. */
export async function listEligibleInspectors(
  db: Sql,
  filter: InspectorFilter,
): Promise<readonly EligibleInspector[]> {
  if (!DATE.test(filter.on)) throw new RangeError(`on must be a date YYYY-MM-DD, got ${filter.on}`);
  if (filter.orgs.length === 0) return [];
  const params: unknown[] = [ELIGIBLE_INSPECTOR_STATUS, [...filter.orgs], filter.on];
  let speciality = "";
  if (filter.specialities && filter.specialities.length > 0) {
    params.push([...filter.specialities]);
    speciality = ` AND i.speciality = ANY($${params.length}::text[])`;
  }
  const rows = await db.query<{
    id: number;
    certificate_number: string;
    name: string;
    org: number;
    org_code: string;
    org_name: string;
    speciality: string;
    certificate_valid_until: string;
    conflicts: readonly Partial<Record<keyof DeclaredConflict, string | null>>[] | null;
  }>(
    `SELECT i.id, i.certificate_number, i.name, i.org, o.code AS org_code, o.name AS org_name,
            i.speciality, i.certificate_valid_until, i.conflicts
       FROM r_inspector i JOIN org o ON o.id = i.org
      WHERE i.status = $1 AND i.org = ANY($2::bigint[]) AND i.certificate_valid_until >= $3::date${speciality}
      ORDER BY i.certificate_number COLLATE "C"`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    certificateNumber: row.certificate_number,
    name: row.name,
    org: row.org,
    orgCode: row.org_code,
    orgName: row.org_name,
    speciality: row.speciality,
    certificateValidUntil: row.certificate_valid_until,
    conflicts: (row.conflicts ?? []).map((cell) => ({
      creditCode: cell.creditCode ?? "",
      reason: cell.reason ?? "",
      declaredOn: cell.declaredOn ?? "",
    })),
  }));
}
