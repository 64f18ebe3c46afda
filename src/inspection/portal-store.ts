// What the portal shows of random inspections: every plan whose material has been published
// (never a draft), its draw, and — once the plan's results are published — its results. Published
// material is public by design, so these reads take no user's access rule.
import type { Sql } from "../db/client.js";
import type { MaterialHead } from "./store.js";

export interface PortalPlan {
  readonly drawId: number;
  readonly planId: number;
  readonly number: string;
  readonly title: string;
  readonly state: string;
  readonly kind: string;
  readonly leadingOrg: string;
  readonly publishedOn: string;
  readonly head: MaterialHead;
  readonly materialSha256: string;
  readonly drawnAt: string | null;
  readonly seed: readonly { source: string; value: string }[] | null;
  readonly seedSha256: string | null;
  readonly drawnCount: number | null;
  readonly endedOn: string | null;
  readonly resultsDueOn: string | null;
  readonly resultsPublishedOn: string | null;
}

interface Row {
  draw_id: number;
  plan_id: number;
  record_number: string;
  title: string;
  state: string;
  kind: string;
  leading_org: string;
  published_on: string;
  material_head: MaterialHead;
  material_sha256: string;
  drawn_at: string | null;
  seed: { source: string; value: string }[] | null;
  seed_sha256: string | null;
  drawn_count: number | null;
  inspection_ended_on: string | null;
  due_on: string | null;
  results_published_on: string | null;
}

const SELECT = `SELECT d.id AS draw_id, p.id AS plan_id, p.record_number, p.title, p.state, p.kind,
       o.name AS leading_org, p.published_on, d.material_head, d.material_sha256, d.drawn_at, d.seed,
       d.seed_sha256, p.drawn_count, p.inspection_ended_on, c.due_on, p.results_published_on
  FROM inspection_draw d
  JOIN r_inspection_plan p ON p.id = d.plan_id
  JOIN org o ON o.id = p.leading_org
  LEFT JOIN record_clock c ON c.record_type = 'inspectionPlan' AND c.record_id = p.id
       AND c.clock_id = 'resultPublication'`;

const toPlan = (row: Row): PortalPlan => ({
  drawId: row.draw_id,
  planId: row.plan_id,
  number: row.record_number,
  title: row.title,
  state: row.state,
  kind: row.kind,
  leadingOrg: row.leading_org,
  publishedOn: row.published_on,
  head: row.material_head,
  materialSha256: row.material_sha256,
  drawnAt: row.drawn_at,
  seed: row.seed,
  seedSha256: row.seed_sha256,
  drawnCount: row.drawn_count,
  endedOn: row.inspection_ended_on,
  resultsDueOn: row.due_on,
  resultsPublishedOn: row.results_published_on,
});

/** Published plans of a year, latest first. */
export async function portalPlans(sql: Sql, year: number): Promise<PortalPlan[]> {
  const rows = await sql.query<Row>(
    `${SELECT} WHERE p.year = $1 ORDER BY p.published_on DESC, p.id DESC`,
    [year],
  );
  return rows.map(toPlan);
}

export async function portalPlan(sql: Sql, drawId: number): Promise<PortalPlan | null> {
  const [row] = await sql.query<Row>(`${SELECT} WHERE d.id = $1`, [drawId]);
  return row ? toPlan(row) : null;
}

export async function portalYears(sql: Sql): Promise<number[]> {
  const rows = await sql.query<{ year: number }>(
    `SELECT DISTINCT p.year FROM inspection_draw d JOIN r_inspection_plan p ON p.id = d.plan_id
      ORDER BY p.year DESC`,
  );
  return rows.map((row) => row.year);
}

export interface PortalResult {
  readonly creditCode: string;
  readonly entityName: string;
  readonly riskClass: string | null;
  readonly inspectedOn: string | null;
  readonly outcome: string | null;
  readonly rectification: string | null;
}

/** Results shown on one page of a plan's public page; a large plan inspects hundreds. */
export const RESULTS_PER_PAGE = 100;

/** A page of a plan's results (1-based), only once the plan has published them, and how many there are. */
export async function portalResults(
  sql: Sql,
  planId: number,
  page = 1,
): Promise<{ total: number; results: PortalResult[] }> {
  const rows = await sql.query<{
    credit_code: string;
    entity_name: string;
    risk_class: string | null;
    inspected_on: string | null;
    outcome: string | null;
    rectification: string | null;
    total: number;
  }>(
    `SELECT r.credit_code, r.entity_name, r.risk_class, r.inspected_on, r.outcome, r.rectification,
            (count(*) OVER ())::int AS total
       FROM r_inspection_result r JOIN r_inspection_plan p ON r.plan = 'inspectionPlan:' || p.id
      WHERE p.id = $1 AND p.state = 'resultsPublished'
      ORDER BY r.credit_code COLLATE "C"
      LIMIT $2 OFFSET $3`,
    [planId, RESULTS_PER_PAGE, (page - 1) * RESULTS_PER_PAGE],
  );
  const total = rows[0]?.total ?? (page > 1 ? await resultCount(sql, planId) : 0);
  return {
    total,
    results: rows.map((row) => ({
      creditCode: row.credit_code,
      entityName: row.entity_name,
      riskClass: row.risk_class,
      inspectedOn: row.inspected_on,
      outcome: row.outcome,
      rectification: row.rectification,
    })),
  };
}

/** The number of published results, for a page past the last. */
async function resultCount(sql: Sql, planId: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n
       FROM r_inspection_result r JOIN r_inspection_plan p ON r.plan = 'inspectionPlan:' || p.id
      WHERE p.id = $1 AND p.state = 'resultsPublished'`,
    [planId],
  );
  return row?.n ?? 0;
}
