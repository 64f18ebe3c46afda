// What the assessment screens read: a scheme with its numbered tree, its assessed organisations and
// what the reader may do; the ranking; one organisation's scorecard (for its own staff, too).
import type { Actor } from "../engine/actor.js";
import type { EngineContext } from "../engine/context.js";
import { notFound } from "../engine/errors.js";
import { indicatorIndex } from "../engine/indicators.js";
import type { RecordTypeDeclaration } from "../kernel/declaration.js";
import { isRatio } from "../kernel/indicators.js";
import { belongsTo, OBJECTORS } from "./access.js";
import { resultsOf } from "./lifecycle.js";
import { assessedOrgs, mayOnScheme, schemeItems, schemeRow } from "./store.js";
import { buildTree, totalPoints, type TreeNode } from "./tree.js";
import type { ItemMethod } from "./types.js";
import { hasAnyRole } from "../engine/actor.js";

export interface ItemView {
  readonly id: number;
  readonly number: string;
  readonly label: string;
  readonly points: number;
  readonly method: ItemMethod | null;
  readonly children: readonly ItemView[];
}

const viewOf = (node: TreeNode): ItemView => ({
  id: node.item.id,
  number: node.number,
  label: node.item.label,
  points: node.points,
  method: node.item.method,
  children: node.children.map(viewOf),
});

export async function schemeView(context: EngineContext, actor: Actor, id: number) {
  const scheme = await schemeRow(context.db, actor, id);
  const tree = buildTree(await schemeItems(context.db, id));
  const orgs = await assessedOrgs(context.db, id);
  const isSupervisor = await mayOnScheme(context.db, actor, id, "supervise");
  return {
    scheme,
    totalPoints: totalPoints(tree),
    items: tree.map(viewOf),
    orgs: orgs.map(({ id: orgId, name }) => ({ id: orgId, name })),
    may: {
      edit: scheme.status === "draft" && (await mayOnScheme(context.db, actor, id, "write")),
      score: scheme.status === "scoring" && (await mayOnScheme(context.db, actor, id, "write")),
      supervise: isSupervisor,
      /** The assessed organisations whose scorecards the reader may open. */
      ownOrgs: isSupervisor
        ? orgs.map((org) => org.id)
        : orgs.filter((org) => belongsTo(actor, org.path)).map((org) => org.id),
    },
  };
}

export async function rankingView(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  id: number,
) {
  const scheme = await schemeRow(context.db, actor, id);
  if (!(await mayOnScheme(context.db, actor, id, "supervise"))) throw notFound("考核排名");
  const cards = await resultsOf(context, types, scheme);
  return {
    scheme,
    items: cards.map(({ orgId, orgName, total, points, rank, subtotals }) => ({
      orgId,
      orgName,
      total,
      points,
      rank,
      subtotals,
    })),
  };
}

export async function scorecardView(
  context: EngineContext,
  types: readonly RecordTypeDeclaration[],
  actor: Actor,
  id: number,
  orgId: number,
) {
  const scheme = await schemeRow(context.db, actor, id);
  const org = (await assessedOrgs(context.db, id)).find((candidate) => candidate.id === orgId);
  if (!org) throw notFound("考核结果");
  const isSupervisor = await mayOnScheme(context.db, actor, id, "supervise");
  if (!isSupervisor && !belongsTo(actor, org.path)) throw notFound("考核结果");
  const card = (await resultsOf(context, types, scheme)).find(
    (candidate) => candidate.orgId === orgId,
  );
  if (!card) throw notFound("考核结果");
  return {
    scheme,
    scorecard: card,
    may: {
      score: scheme.status === "scoring" && (await mayOnScheme(context.db, actor, id, "write")),
      object:
        scheme.status === "scoring" &&
        hasAnyRole(actor, OBJECTORS) &&
        belongsTo(actor, org.path) &&
        actor.kind === "user" &&
        !actor.roles.includes("lawOffice"),
    },
  };
}

/** The indicators a formula may use: every declared one, with whether it is a rate. */
export function formulaIndicators(types: readonly RecordTypeDeclaration[]) {
  return [...indicatorIndex(types).values()]
    .filter(({ indicator }) => indicator.isAuxiliary !== true)
    .map(({ indicator, type }) => ({
      key: indicator.key,
      label: indicator.label,
      typeLabel: type.label,
      isRatio: isRatio(indicator),
    }));
}
