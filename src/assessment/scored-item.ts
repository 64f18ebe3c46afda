// The scheme item and assessed organisation a hand score or an objection is about, checked
// against the scheme before a record is written: the item is a scored leaf of this scheme, the
// organisation is assessed by it, and the scheme is taking scores.
import type { Sql } from "../db/client.js";
import { validationError } from "../engine/errors.js";
import { assessedOrgs, type AssessedOrg } from "./store.js";
import { buildTree, leaves, type TreeNode } from "./tree.js";
import { schemeItems } from "./store.js";
import type { SchemeRow } from "./types.js";
import { wrongStatus } from "./write-support.js";

export async function scoredItemOf(
  db: Sql,
  scheme: SchemeRow,
  input: { itemId: unknown; orgId: unknown },
): Promise<{ node: TreeNode; org: AssessedOrg }> {
  if (scheme.status !== "scoring") throw wrongStatus(scheme, ["scoring"]);
  const node = leaves(buildTree(await schemeItems(db, scheme.id))).find(
    ({ node: leaf }) => leaf.item.id === input.itemId,
  )?.node;
  const org = (await assessedOrgs(db, scheme.id)).find((candidate) => candidate.id === input.orgId);
  const problems = [
    ...(node
      ? []
      : [{ field: "itemId", code: "assessment.item", message: "考核项目不存在或不是计分项目" }]),
    ...(org
      ? []
      : [{ field: "orgId", code: "assessment.org", message: "该单位不是本方案的被考核单位" }]),
  ];
  if (!node || !org) throw validationError(problems);
  return { node, org };
}

export function checkPoints(field: string, points: unknown, full: number): number {
  if (typeof points !== "number" || !Number.isFinite(points) || points < 0 || points > full)
    throw validationError([
      { field, code: "assessment.points", message: `得分须为0至${String(full)}之间的数字` },
    ]);
  if (Math.round(points * 100) !== points * 100)
    throw validationError([{ field, code: "assessment.points", message: "得分最多保留两位小数" }]);
  return points;
}
