// Storage of draws (migration inspection_draw): the material as published, without its entity
// lists, which go one row per entity into inspection_draw_entity so that the draw reads only the
// positions it drew; then the seed values and the outcome.
import { insertRows } from "../db/bulk-insert.js";
import type { Sql } from "../db/client.js";
import type {
  DrawEntity,
  DrawMaterial,
  DrawOutcome,
  DrawSeedValue,
  PublishedDraw,
  RiskClass,
} from "../draw/index.js";
import { DRAW_FORMAT } from "../draw/index.js";

/** The material without the stratum lists: each stratum keeps its size in their place. */
export type MaterialHead = Omit<DrawMaterial, "strata"> & {
  readonly strata: readonly {
    readonly riskClass: RiskClass;
    readonly quota: number;
    readonly size: number;
    readonly sha256: string;
  }[];
};

export interface DrawRow {
  readonly id: number;
  readonly planId: number;
  readonly head: MaterialHead;
  readonly materialSha256: string;
  readonly publishedAt: string;
  readonly seed: readonly DrawSeedValue[] | null;
  readonly outcome: DrawOutcome | null;
  readonly drawnAt: string | null;
}

export function headOf(material: DrawMaterial): MaterialHead {
  return {
    ...material,
    strata: material.strata.map(({ riskClass, quota, entities, sha256 }) => ({
      riskClass,
      quota,
      size: entities.length,
      sha256,
    })),
  };
}

export async function insertDraw(
  tx: Sql,
  input: { planId: number; material: DrawMaterial; materialSha256: string; by: number | null },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO inspection_draw (plan_id, material_head, material_sha256, published_at, published_by)
     VALUES ($1, $2::text::jsonb, $3, $4, $5) RETURNING id`,
    [
      input.planId,
      JSON.stringify(headOf(input.material)),
      input.materialSha256,
      input.material.publishedAt,
      input.by,
    ],
  );
  if (!row) throw new Error("insert returned no row");
  const rows = input.material.strata.flatMap((stratum) =>
    stratum.entities.map((entity, position) => [
      row.id,
      stratum.riskClass,
      position,
      entity.creditCode,
      entity.name,
    ]),
  );
  await insertRows(
    tx,
    "inspection_draw_entity",
    [
      { name: "draw_id", type: "bigint" },
      { name: "risk_class", type: "text" },
      { name: "position", type: "integer" },
      { name: "credit_code", type: "text" },
      { name: "name", type: "text" },
    ],
    rows,
  );
  return row.id;
}

interface RawDraw {
  id: number;
  plan_id: number;
  material_head: MaterialHead;
  material_sha256: string;
  published_at: string;
  seed: DrawSeedValue[] | null;
  outcome: DrawOutcome | null;
  drawn_at: string | null;
}

const toDraw = (row: RawDraw): DrawRow => ({
  id: row.id,
  planId: row.plan_id,
  head: row.material_head,
  materialSha256: row.material_sha256,
  publishedAt: row.published_at,
  seed: row.seed,
  outcome: row.outcome,
  drawnAt: row.drawn_at,
});

const DRAW_COLUMNS =
  "id, plan_id, material_head, material_sha256, published_at, seed, outcome, drawn_at";

export async function drawOfPlan(sql: Sql, planId: number, lock = false): Promise<DrawRow | null> {
  const [row] = await sql.query<RawDraw>(
    `SELECT ${DRAW_COLUMNS} FROM inspection_draw WHERE plan_id = $1${lock ? " FOR UPDATE" : ""}`,
    [planId],
  );
  return row ? toDraw(row) : null;
}

export async function drawById(sql: Sql, id: number): Promise<DrawRow | null> {
  const [row] = await sql.query<RawDraw>(
    `SELECT ${DRAW_COLUMNS} FROM inspection_draw WHERE id = $1`,
    [id],
  );
  return row ? toDraw(row) : null;
}

/**
 * The entities at the drawn positions of each stratum, in draw order: one primary-key lookup each.
 * A plain join leaves the plan to the statistics, and a draw comes days after its publication
 * wrote the lists, before any ANALYZE has seen them (PGlite has no autovacuum): the planner then
 * guessed a few rows per draw and hashed all 450,000 of them (0.7 s, docs/benchmarks.md). The
 * LATERAL subquery with LIMIT 1 is not pulled up into a join, so it stays an index lookup per pick.
 */
export async function entitiesAt(
  sql: Sql,
  drawId: number,
  picks: readonly { readonly riskClass: RiskClass; readonly position: number }[],
): Promise<DrawEntity[]> {
  if (picks.length === 0) return [];
  const rows = await sql.query<{ ord: number; credit_code: string; name: string }>(
    `SELECT p.ord, e.credit_code, e.name
       FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS p (risk_class, position, ord)
       CROSS JOIN LATERAL (
         SELECT credit_code, name FROM inspection_draw_entity
          WHERE draw_id = $1 AND risk_class = p.risk_class AND position = p.position
          LIMIT 1) AS e
      ORDER BY p.ord`,
    [drawId, picks.map((pick) => pick.riskClass), picks.map((pick) => pick.position)],
  );
  if (rows.length !== picks.length) throw new Error(`draw ${drawId}: a drawn position is missing`);
  return rows.map((row) => ({ creditCode: row.credit_code, name: row.name }));
}

export async function saveOutcome(
  tx: Sql,
  input: {
    drawId: number;
    seed: readonly DrawSeedValue[];
    outcome: DrawOutcome;
    at: string;
    by: number | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE inspection_draw SET seed = $2::text::jsonb, seed_sha256 = $3, outcome = $4::text::jsonb,
            drawn_at = $5, drawn_by = $6 WHERE id = $1 AND outcome IS NULL`,
    [
      input.drawId,
      JSON.stringify(input.seed),
      input.outcome.seedSha256,
      JSON.stringify(input.outcome),
      input.at,
      input.by,
    ],
  );
}

/** The whole material as published: the head with each stratum's list read back in order. */
export async function materialOf(sql: Sql, draw: DrawRow): Promise<DrawMaterial> {
  const rows = await sql.query<{ risk_class: string; credit_code: string; name: string }>(
    `SELECT risk_class, credit_code, name FROM inspection_draw_entity
      WHERE draw_id = $1 ORDER BY risk_class, position`,
    [draw.id],
  );
  const lists = new Map<string, DrawEntity[]>();
  for (const row of rows) {
    const list = lists.get(row.risk_class) ?? [];
    list.push({ creditCode: row.credit_code, name: row.name });
    lists.set(row.risk_class, list);
  }
  return {
    ...draw.head,
    strata: draw.head.strata.map(({ riskClass, quota, sha256 }) => ({
      riskClass,
      quota,
      entities: lists.get(riskClass) ?? [],
      sha256,
    })),
  };
}

export async function publishedDrawOf(sql: Sql, draw: DrawRow): Promise<PublishedDraw | null> {
  if (draw.outcome === null || draw.seed === null || draw.drawnAt === null) return null;
  return {
    format: DRAW_FORMAT,
    material: await materialOf(sql, draw),
    materialSha256: draw.materialSha256,
    seed: draw.seed,
    drawnAt: draw.drawnAt,
    outcome: draw.outcome,
  };
}
