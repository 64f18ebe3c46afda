// The material a plan publishes before its draw (src/draw/types.ts DrawMaterial), built from the
// plan's values and the eligible lists read from the registries: quotas per credit-risk class, the
// inspectors, and who must step aside for which entity. Pure: the freeze (freeze.ts) reads the
// lists, this decides what they become.
import {
  DRAW_FORMAT,
  inspectorsSha256,
  stratumSha256,
  type DrawEntity,
  type DrawInspector,
  type DrawMaterial,
  type DrawPlan,
  type DrawRecusal,
  type DrawSeedSource,
  type DrawStratum,
  type RiskClass,
} from "../draw/index.js";

export const RISK_CLASSES: readonly RiskClass[] = ["A", "B", "C", "D", "unclassified"];

/** The part of a plan the draw depends on, with its departments resolved to organisations. */
export interface PlanForDraw {
  readonly number: string;
  readonly title: string;
  readonly kind: "joint" | "internal";
  /** Departments taking part, the leading one first (org id and full name). */
  readonly orgs: readonly { readonly id: number; readonly name: string }[];
  readonly items: readonly string[];
  readonly riskWeighted: boolean;
  readonly inspectorsPerEntity: number;
  /** Percent per class; unclassified entities are sampled at class B's (the standard) ratio. */
  readonly ratios: Readonly<Record<RiskClass, number>>;
  /** Quotas the plan states itself, overriding the ratio. */
  readonly quotas: Readonly<Partial<Record<RiskClass, number>>>;
  readonly lottery: { readonly name: string; readonly issue: string; readonly date: string };
}

export interface EligibleStratum {
  readonly riskClass: RiskClass;
  /** Sorted by creditCode in code-unit order (as read from the registry). */
  readonly entities: readonly DrawEntity[];
}

export interface InspectorForDraw extends DrawInspector {
  readonly orgId: number;
  /** Credit codes the inspector declared a conflict with. */
  readonly conflicts: readonly string[];
}

/** ceil(ratio × size): a plan sampling 3 % of 40 entities inspects 2, never 1.2. */
export const quotaOf = (percent: number, size: number): number =>
  Math.min(size, Math.ceil((percent * size) / 100 - 1e-9));

export function quotaFor(plan: PlanForDraw, riskClass: RiskClass, size: number): number {
  const stated = plan.quotas[riskClass];
  if (stated !== undefined) return Math.min(stated, size);
  return quotaOf(plan.ratios[riskClass], size);
}

export const LOTTERY_SOURCE = "lottery";
export const WITNESS_SOURCE = "witness";

export function seedSourcesOf(plan: PlanForDraw): DrawSeedSource[] {
  return [
    {
      id: LOTTERY_SOURCE,
      label: `${plan.lottery.name} ${plan.lottery.issue} 开奖号码`,
      expectedOn: plan.lottery.date,
      description: `${plan.lottery.date} 公布的${plan.lottery.name}${plan.lottery.issue}开奖号码，按开奖公告顺序，号码之间以空格分隔`,
    },
    {
      id: WITNESS_SOURCE,
      label: "见证人现场输入值",
      expectedOn: plan.lottery.date,
      description: "抽取现场由见证人当场输入的任意数字或文字，抽取前无人知晓",
    },
  ];
}

export function drawPlanOf(plan: PlanForDraw): DrawPlan {
  return {
    number: plan.number,
    title: plan.title,
    kind: plan.kind,
    orgs: plan.orgs.map((org) => org.name),
    items: plan.items,
    riskWeighted: plan.riskWeighted,
    inspectorsPerEntity: plan.inspectorsPerEntity,
  };
}

/**
 * Who steps aside for whom: inspectors of the department an entity belongs to, inspectors who
 * declared a conflict with it, and the inspectors of its most recent earlier inspection.
 * One entry per (inspector, entity), the first reason in that order; sorted canonically.
 */
export function recusalsOf(input: {
  readonly inspectors: readonly InspectorForDraw[];
  /** Eligible entities with the org they belong to. */
  readonly affiliated: ReadonlyMap<string, number>;
  readonly eligible: ReadonlySet<string>;
  readonly lastInspectors: ReadonlyMap<string, readonly string[]>;
}): DrawRecusal[] {
  const found = new Map<string, DrawRecusal>();
  const add = (recusal: DrawRecusal) => {
    const key = `${recusal.inspector}\u0000${recusal.creditCode}`;
    if (!found.has(key)) found.set(key, recusal);
  };
  const byOrg = new Map<number, InspectorForDraw[]>();
  for (const inspector of input.inspectors)
    byOrg.set(inspector.orgId, [...(byOrg.get(inspector.orgId) ?? []), inspector]);
  for (const [creditCode, orgId] of input.affiliated)
    for (const inspector of byOrg.get(orgId) ?? [])
      add({ inspector: inspector.code, creditCode, reason: "sameOrg" });
  for (const inspector of input.inspectors)
    for (const creditCode of inspector.conflicts)
      if (input.eligible.has(creditCode))
        add({ inspector: inspector.code, creditCode, reason: "declared" });
  const codes = new Set(input.inspectors.map((inspector) => inspector.code));
  for (const [creditCode, inspectors] of input.lastInspectors)
    if (input.eligible.has(creditCode))
      for (const code of inspectors)
        if (codes.has(code)) add({ inspector: code, creditCode, reason: "lastInspector" });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...found.values()].sort(
    (a, b) => order(a.inspector, b.inspector) || order(a.creditCode, b.creditCode),
  );
}

export function buildMaterial(input: {
  readonly plan: PlanForDraw;
  readonly strata: readonly EligibleStratum[];
  readonly inspectors: readonly InspectorForDraw[];
  readonly affiliated: ReadonlyMap<string, number>;
  readonly lastInspectors: ReadonlyMap<string, readonly string[]>;
  readonly publishedAt: string;
}): DrawMaterial {
  const strata: DrawStratum[] = input.strata
    .filter((stratum) => stratum.entities.length > 0)
    .map((stratum) => ({
      riskClass: stratum.riskClass,
      quota: quotaFor(input.plan, stratum.riskClass, stratum.entities.length),
      entities: stratum.entities,
      sha256: stratumSha256(stratum.entities),
    }));
  const eligible = new Set(strata.flatMap((stratum) => stratum.entities.map((e) => e.creditCode)));
  const inspectors: DrawInspector[] = input.inspectors.map(({ code, name, org, speciality }) => ({
    code,
    name,
    org,
    speciality,
  }));
  return {
    format: DRAW_FORMAT,
    plan: drawPlanOf(input.plan),
    strata,
    inspectors,
    inspectorsSha256: inspectorsSha256(inspectors),
    recusals: recusalsOf({ ...input, eligible }),
    seedSources: seedSourcesOf(input.plan),
    publishedAt: input.publishedAt,
  };
}
