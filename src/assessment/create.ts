// Creating the year's scheme: from the national default, or as a copy of the organisation's latest
// earlier scheme (its tree and its assessed organisations). A new scheme assesses, by default, the
// departments and townships directly under the organisation.
import type { Sql } from "../db/client.js";
import { actorId, hasAnyRole, type Actor } from "../engine/actor.js";
import { coversSubtreePredicate } from "../engine/access.js";
import type { EngineContext } from "../engine/context.js";
import { EngineError, forbidden, validationError } from "../engine/errors.js";
import { Params } from "../engine/params.js";
import { SCHEME_WRITERS } from "./access.js";
import { NATIONAL_2021_ID, NATIONAL_2021_TITLE, national2021 } from "./national-2021.js";
import { schemeItems } from "./store.js";
import type { DefaultItem, ItemMethod } from "./types.js";
import { auditScheme } from "./write-support.js";

export type SchemeSource = "national-2021" | "previous";

export interface NewScheme {
  readonly orgId: number;
  readonly year: number;
  readonly source: SchemeSource;
}

const ASSESSED_KINDS = ["department", "township", "subdistrict"];

async function insertItem(
  tx: Sql,
  schemeId: number,
  parentId: number | null,
  position: number,
  item: { label: string; points: number | null; method: ItemMethod | null },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO assessment_item (scheme_id, parent_id, position, label, points, method)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb) RETURNING id`,
    [
      schemeId,
      parentId,
      position,
      item.label,
      item.points,
      item.method === null ? null : JSON.stringify(item.method),
    ],
  );
  return Number(row?.id);
}

async function insertDefault(
  tx: Sql,
  schemeId: number,
  parentId: number | null,
  items: readonly DefaultItem[],
) {
  for (const [position, item] of items.entries()) {
    const id = await insertItem(tx, schemeId, parentId, position, {
      label: item.label,
      points: item.children ? null : (item.points ?? 0),
      method: item.children ? null : (item.method ?? null),
    });
    if (item.children) await insertDefault(tx, schemeId, id, item.children);
  }
}

async function copyItems(tx: Sql, fromId: number, toId: number) {
  const items = await schemeItems(tx, fromId);
  const ids = new Map<number, number>();
  // Parents before children: insert in rounds until every item has its parent's new id.
  let pending = items;
  while (pending.length > 0) {
    const ready = pending.filter((item) => item.parentId === null || ids.has(item.parentId));
    for (const item of ready) {
      const parent = item.parentId === null ? null : (ids.get(item.parentId) ?? null);
      ids.set(item.id, await insertItem(tx, toId, parent, item.position, item));
    }
    pending = pending.filter((item) => !ids.has(item.id));
    if (ready.length === 0) break;
  }
}

export async function createScheme(
  context: EngineContext,
  actor: Actor,
  input: NewScheme,
): Promise<number> {
  if (!hasAnyRole(actor, SCHEME_WRITERS)) throw forbidden("无权编制考核方案");
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw validationError([
      { field: "year", code: "scheme.year", message: "考核年度须为2000至2100之间的年份" },
    ]);
  if (!(["national-2021", "previous"] as unknown[]).includes(input.source))
    throw validationError([
      {
        field: "source",
        code: "scheme.source",
        message: "请选择方案来源：国家示范指标体系或上一年度方案",
      },
    ]);
  return context.db.transaction(async (tx) => {
    const params = new Params();
    const [org] = await tx.query<{ id: number; name: string }>(
      `SELECT o.id, o.name FROM org o WHERE o.id = ${params.add(input.orgId)}
         AND ${coversSubtreePredicate(actor, params, "o.id")}`,
      params.values,
    );
    if (!org)
      throw validationError([
        { field: "org", code: "org.unknown", message: "单位不存在或不在您的管理范围内" },
      ]);
    const [taken] = await tx.query(
      "SELECT 1 FROM assessment_scheme WHERE org_id = $1 AND year = $2",
      [org.id, input.year],
    );
    if (taken)
      throw new EngineError("conflict", `${org.name}${String(input.year)}年度考核方案已存在`, [
        {
          field: "year",
          code: "scheme.exists",
          message: `${String(input.year)}年度考核方案已存在`,
        },
      ]);
    const [previous] =
      input.source === "previous"
        ? await tx.query<{ id: number; year: number; title: string }>(
            "SELECT id, year, title FROM assessment_scheme WHERE org_id = $1 AND year < $2 ORDER BY year DESC LIMIT 1",
            [org.id, input.year],
          )
        : [];
    if (input.source === "previous" && !previous)
      throw validationError([
        { field: "source", code: "scheme.noPrevious", message: "没有以前年度的考核方案可供复制" },
      ]);
    const basedOn = previous ? `copy:${String(previous.year)}` : NATIONAL_2021_ID;
    const title = `${org.name}${String(input.year)}年度法治政府建设考核`;
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO assessment_scheme (org_id, year, title, status, based_on, created_by, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, 'draft', $4, $5, $5, $6, $6) RETURNING id`,
      [org.id, input.year, title, basedOn, actorId(actor), context.now()],
    );
    const schemeId = Number(row?.id);
    if (previous) {
      await copyItems(tx, previous.id, schemeId);
      await tx.query(
        "INSERT INTO assessment_org (scheme_id, org_id) SELECT $1, org_id FROM assessment_org WHERE scheme_id = $2",
        [schemeId, previous.id],
      );
    } else {
      await insertDefault(tx, schemeId, null, national2021);
      await tx.query(
        `INSERT INTO assessment_org (scheme_id, org_id)
         SELECT $1, id FROM org WHERE parent_id = $2 AND kind = ANY($3::text[])`,
        [schemeId, org.id, ASSESSED_KINDS],
      );
    }
    await auditScheme(tx, context, actor, schemeId, "create", null, {
      org: org.id,
      year: input.year,
      title,
      basedOn: previous
        ? `${basedOn}（${previous.title}）`
        : `${basedOn}（${NATIONAL_2021_TITLE}）`,
    });
    return schemeId;
  });
}
