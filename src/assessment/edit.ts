// Editing a draft scheme's tree: add, change (label, points, method), move and remove items, and
// choose the assessed organisations. Each write is one transaction with its audit event; bad input
// names the field and changes nothing. Once scoring starts the tree is locked.
import type { Sql } from "../db/client.js";
import type { Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { notFound, validationError } from "../engine/errors.js";
import { indicatorIndex } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { checkItemInput, type ItemInput } from "./item-input.js";
import { schemeItems } from "./store.js";
import type { SchemeItem } from "./types.js";
import { auditScheme, runOnScheme } from "./write-support.js";

interface SchemeWrite {
  readonly schemeId: number;
  readonly version: unknown;
}

const snapshot = (item: SchemeItem) => ({
  id: item.id,
  parentId: item.parentId,
  position: item.position,
  label: item.label,
  points: item.points,
  method: item.method,
});

function itemOf(items: readonly SchemeItem[], id: unknown): SchemeItem {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw notFound("考核项目");
  return item;
}

function checkedParent(items: readonly SchemeItem[], parentId: unknown): SchemeItem | null {
  if (parentId === null || parentId === undefined) return null;
  const parent = items.find((item) => item.id === parentId);
  if (!parent)
    throw validationError([{ field: "parentId", code: "item.parent", message: "上级项目不存在" }]);
  return parent;
}

/** Siblings' positions 0..n-1 in their order, with `moved` put at `position`. */
async function placeAmongSiblings(
  tx: Sql,
  items: readonly SchemeItem[],
  parentId: number | null,
  moved: number,
  position: number,
) {
  const siblings = items
    .filter((item) => item.parentId === parentId && item.id !== moved)
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((item) => item.id);
  const at = Math.max(
    0,
    Math.min(Number.isInteger(position) ? position : siblings.length, siblings.length),
  );
  siblings.splice(at, 0, moved);
  for (const [index, id] of siblings.entries())
    await tx.query("UPDATE assessment_item SET position = $1, parent_id = $2 WHERE id = $3", [
      index,
      parentId,
      id,
    ]);
}

export async function addItem(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  input: SchemeWrite & {
    parentId: number | null;
    position?: number;
    item: ItemInput;
    isHeading: boolean;
  },
): Promise<number> {
  let id = 0;
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const items = await schemeItems(tx, scheme.id);
    const parent = checkedParent(items, input.parentId);
    const { item, problems } = checkItemInput(input.item, indicatorIndex(types), input.isHeading);
    if (!item) throw validationError(problems);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO assessment_item (scheme_id, parent_id, position, label, points, method)
       VALUES ($1, $2, 0, $3, $4, $5::text::jsonb) RETURNING id`,
      [
        scheme.id,
        parent?.id ?? null,
        item.label,
        item.points,
        item.method === null ? null : JSON.stringify(item.method),
      ],
    );
    id = Number(row?.id);
    await placeAmongSiblings(
      tx,
      items,
      parent?.id ?? null,
      id,
      input.position ?? Number.MAX_SAFE_INTEGER,
    );
    // A scored item that gets a child becomes a heading: its points are now its children's.
    if (parent && (parent.points !== null || parent.method !== null))
      await tx.query("UPDATE assessment_item SET points = NULL, method = NULL WHERE id = $1", [
        parent.id,
      ]);
    await auditScheme(
      tx,
      context,
      actor,
      scheme.id,
      "item.add",
      parent && parent.points !== null ? { parent: snapshot(parent) } : null,
      {
        id,
        parentId: parent?.id ?? null,
        ...item,
      },
    );
  });
  return id;
}

export async function updateItem(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  input: SchemeWrite & { itemId: number; item: ItemInput },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const items = await schemeItems(tx, scheme.id);
    const before = itemOf(items, input.itemId);
    const isHeading = items.some((item) => item.parentId === before.id);
    const { item, problems } = checkItemInput(input.item, indicatorIndex(types), isHeading);
    if (!item) throw validationError(problems);
    await tx.query(
      "UPDATE assessment_item SET label = $1, points = $2, method = $3::text::jsonb WHERE id = $4",
      [
        item.label,
        item.points,
        item.method === null ? null : JSON.stringify(item.method),
        before.id,
      ],
    );
    await auditScheme(tx, context, actor, scheme.id, "item.update", snapshot(before), {
      ...snapshot(before),
      ...item,
    });
  });
}

export async function moveItem(
  context: EngineContext,
  actor: Actor,
  input: SchemeWrite & { itemId: number; parentId: number | null; position: number },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const items = await schemeItems(tx, scheme.id);
    const before = itemOf(items, input.itemId);
    const parent = checkedParent(items, input.parentId);
    for (let at = parent; at !== null; at = items.find((item) => item.id === at.parentId) ?? null) {
      if (at.id === before.id)
        throw validationError([
          { field: "parentId", code: "item.cycle", message: "不能移到本项目或其下级项目之下" },
        ]);
    }
    if (parent && (parent.points !== null || parent.method !== null))
      throw validationError([
        {
          field: "parentId",
          code: "item.parentScored",
          message: "上级项目是计分项目，请先为其添加下级项目",
        },
      ]);
    await placeAmongSiblings(tx, items, parent?.id ?? null, before.id, input.position);
    await auditScheme(tx, context, actor, scheme.id, "item.move", snapshot(before), {
      id: before.id,
      parentId: parent?.id ?? null,
      position: input.position,
    });
  });
}

export async function removeItem(
  context: EngineContext,
  actor: Actor,
  input: SchemeWrite & { itemId: number },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const items = await schemeItems(tx, scheme.id);
    const root = itemOf(items, input.itemId);
    const removed: SchemeItem[] = [];
    const collect = (item: SchemeItem) => {
      for (const child of items.filter((candidate) => candidate.parentId === item.id))
        collect(child);
      removed.push(item);
    };
    collect(root);
    // Children first, so no row points at a deleted parent.
    for (const item of removed)
      await tx.query("DELETE FROM assessment_item WHERE id = $1", [item.id]);
    await auditScheme(
      tx,
      context,
      actor,
      scheme.id,
      "item.remove",
      { items: removed.map(snapshot) },
      null,
    );
  });
}

export async function setAssessedOrgs(
  context: EngineContext,
  actor: Actor,
  input: SchemeWrite & { orgIds: readonly number[] },
) {
  await runOnScheme(context, actor, { ...input, allowed: ["draft"] }, async (tx, scheme) => {
    const ids = [...new Set(input.orgIds)];
    if (ids.length === 0)
      throw validationError([
        { field: "orgIds", code: "scheme.noOrgs", message: "请至少选择一个被考核单位" },
      ]);
    const [root] = await tx.query<{ path: string }>("SELECT path FROM org WHERE id = $1", [
      scheme.orgId,
    ]);
    const found = await tx.query<{ id: number }>(
      "SELECT id FROM org WHERE id = ANY($1::bigint[]) AND path LIKE $2 AND id <> $3",
      [ids, `${root?.path ?? ""}%`, scheme.orgId],
    );
    if (found.length !== ids.length)
      throw validationError([
        { field: "orgIds", code: "scheme.orgOutside", message: "被考核单位须为本级以下的单位" },
      ]);
    const before = await tx.query<{ orgId: number }>(
      `SELECT org_id AS "orgId" FROM assessment_org WHERE scheme_id = $1 ORDER BY org_id`,
      [scheme.id],
    );
    await tx.query("DELETE FROM assessment_org WHERE scheme_id = $1", [scheme.id]);
    for (const id of ids)
      await tx.query("INSERT INTO assessment_org (scheme_id, org_id) VALUES ($1, $2)", [
        scheme.id,
        id,
      ]);
    await auditScheme(
      tx,
      context,
      actor,
      scheme.id,
      "orgs.set",
      { orgIds: before.map((row) => row.orgId) },
      { orgIds: ids },
    );
  });
}
