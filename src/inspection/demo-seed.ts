// The demo city's random inspections, taken through the draw service as a department would: each
// plan is created, published (its lists frozen from the demo registries), drawn with its lottery
// and witness values, inspected, its results recorded and published. 2023's distinct entities
// inspected come to the report's 1,428: the year's last plan is drawn with the quota that brings
// the total there (tried in a transaction that is rolled back until it does). A few plans of the
// load year stand in every open state.
import { storyTime } from "../seed/fold.js";
import { dice as diceOf, type Dice } from "../seed/dice.js";
import { seededRandom } from "../seed/random.js";
import type { Sql } from "../db/client.js";
import { boundTo, takeAction } from "../engine/actions.js";
import type { UserActor } from "../engine/actor.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { createRecord, updateRecord } from "../engine/records-write.js";
import type { RecordRow } from "../engine/select.js";
import { inspectionPlan, inspectionResult } from "../domains/inspection/index.js";
import { CONFLICT_REASONS } from "../domains/inspectionRegistry/demo-pools.js";
import {
  eligibleEntities,
  listEligibleInspectors,
  RISK_CLASS_ORDER,
  type EligibleEntity,
} from "../domains/inspectionRegistry/eligible.js";
import { inspector } from "../domains/inspectionRegistry/index.js";
import {
  demoPlans,
  PLANS_2023,
  WITNESSES,
  type DemoPlan,
  type DepartmentOffer,
} from "../domains/inspection/demo-plans.js";
import {
  entitiesDrawn,
  materialSha256,
  seedSha256,
  type DrawMaterial,
  type DrawStratum,
} from "../draw/index.js";
import { LOTTERY_SOURCE, WITNESS_SOURCE } from "./material.js";
import { drawPlan, publishPlan, publishResults } from "./service.js";
import { drawOfPlan, materialOf } from "./store.js";

/** The report's figure (houma-2023-figures.md): distinct entities inspected in 2023. */
export const ENTITIES_INSPECTED_2023 = 1428;

const at = (context: EngineContext, day: string): EngineContext => {
  const instant = storyTime(day);
  return { ...context, now: () => instant };
};

const plus = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function departmentOffers(sql: Sql): Promise<DepartmentOffer[]> {
  const orgs = await sql.query<{ id: number; name: string; inspectors: number }>(
    `SELECT o.id, o.name, count(*)::int AS inspectors
       FROM r_inspector i JOIN org o ON o.id = i.org
      WHERE i.status = 'onDuty' GROUP BY o.id, o.name ORDER BY o.id`,
  );
  const supervised = await sql.query<{ org: number; industry: string; n: number }>(
    `SELECT supervising_org AS org, industry, count(*)::int AS n FROM r_market_entity
      WHERE status = 'active' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return orgs.map((org) => ({
    orgId: org.id,
    orgName: org.name,
    inspectors: org.inspectors,
    industries: new Map(
      supervised.filter((row) => row.org === org.id).map((row) => [row.industry, row.n]),
    ),
  }));
}

const OUTCOME_WEIGHTS: readonly [string, number][] = [
  ["noProblem", 0.84],
  ["rectify", 0.09],
  ["caseFiled", 0.02],
  ["notOperating", 0.04],
  ["notFound", 0.01],
];

function outcomeOf(dice: Dice): string {
  let roll = dice.int(0, 9999) / 10_000;
  for (const [outcome, weight] of OUTCOME_WEIGHTS) {
    if (roll < weight) return outcome;
    roll -= weight;
  }
  return "noProblem";
}

const FINDINGS: Readonly<Record<string, string>> = {
  noProblem: "经现场检查，未发现违法违规问题。",
  rectify: "发现经营场所公示信息与登记不一致等问题，已当场责令限期整改。",
  caseFiled: "发现涉嫌违法行为，已移送执法机构立案查处。",
  notOperating: "检查时未发现开展本次抽查涉及的经营活动。",
  notFound: "通过登记的住所（经营场所）无法联系，依法列入经营异常名录。",
};

interface Runner {
  readonly context: EngineContext;
  readonly dice: Dice;
  readonly actorFor: (orgId: number) => UserActor;
}

export type DemoStage =
  "drafting" | "published" | "drawn" | "inspecting" | "completed" | "resultsPublished";

function planValues(
  plan: DemoPlan,
  quotas: Record<string, number> | null,
): Record<string, unknown> {
  return {
    year: plan.year,
    draftedOn: plus(plan.publishedOn, -7),
    title: plan.title,
    kind: plan.kind,
    leadingOrg: plan.leading.orgId,
    ...(plan.kind === "joint"
      ? {
          participants: [plan.leading, ...plan.partners].map((offer) => ({
            department: offer.orgName,
          })),
        }
      : {}),
    items: plan.items,
    industries: plan.industries.map((industry) => ({ industry })),
    bySupervisingDepartment: true,
    riskWeighted: true,
    ratioA: plan.ratios.A,
    ratioB: plan.ratios.B,
    ratioC: plan.ratios.C,
    ratioD: plan.ratios.D,
    quotas:
      quotas === null
        ? []
        : Object.entries(quotas).map(([riskClass, quota]) => ({ riskClass, quota })),
    inspectorsPerEntity: plan.inspectorsPerEntity,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    lotteryName: "中国福利彩票“快乐8”",
    lotteryIssue: plan.lotteryIssue,
    lotteryDate: plan.lotteryDate,
    witnesses: WITNESSES.map((witness) => ({ ...witness })),
  };
}

/** Takes one plan as far as `stage`; returns the plan record. */
async function runPlan(
  runner: Runner,
  plan: DemoPlan,
  stage: DemoStage,
  quotas: Record<string, number> | null = null,
): Promise<RecordRow> {
  const { context, dice } = runner;
  const actor = runner.actorFor(plan.leading.orgId);
  let row = await createRecord(
    at(context, plus(plan.publishedOn, -7)),
    inspectionPlan,
    actor,
    planValues(plan, quotas),
  );
  const step = async (
    day: string,
    take: (c: EngineContext, version: number) => Promise<RecordRow>,
  ) => {
    row = await take(at(context, day), row.version);
  };
  if (stage === "drafting") return row;
  await step(plan.publishedOn, (c, version) =>
    publishPlan(c, actor, { id: row.id, version, values: { publishedOn: plan.publishedOn } }),
  );
  if (stage === "published") return row;
  await step(plan.drawnOn, (c, version) =>
    drawPlan(c, actor, {
      id: row.id,
      version,
      values: {
        drawnOn: plan.drawnOn,
        lotteryValue: plan.lotteryValue,
        witnessValue: plan.witnessValue,
      },
    }),
  );
  if (stage === "drawn") return row;
  await step(plan.periodStart, (c, version) =>
    takeAction(c, inspectionPlan, actor, {
      id: row.id,
      actionId: "start",
      version,
      values: { inspectionStartedOn: plan.periodStart },
    }),
  );
  const results = await context.db.query<{ id: number; version: number }>(
    "SELECT id, version FROM r_inspection_result WHERE plan = $1 ORDER BY id",
    [`inspectionPlan:${row.id}`],
  );
  const span = Math.max(
    0,
    Date.parse(plan.endedOn) / 86_400_000 - Date.parse(plan.periodStart) / 86_400_000,
  );
  for (const result of results) {
    const inspectedOn = plus(plan.periodStart, dice.int(0, span));
    const outcome = outcomeOf(dice);
    await takeAction(at(context, inspectedOn), inspectionResult, actor, {
      id: result.id,
      actionId: "record",
      version: result.version,
      values: {
        inspectedOn,
        outcome,
        findings: FINDINGS[outcome] ?? "",
        ...(outcome === "rectify" || outcome === "caseFiled"
          ? { rectification: "已按期完成整改并提交整改报告。" }
          : {}),
      },
    });
  }
  if (stage === "inspecting") return row;
  await step(plan.endedOn, (c, version) =>
    takeAction(c, inspectionPlan, actor, {
      id: row.id,
      actionId: "complete",
      version,
      values: { inspectionEndedOn: plan.endedOn },
    }),
  );
  if (stage === "completed") return row;
  await step(plan.resultsPublishedOn, (c, version) =>
    publishResults(c, actor, {
      id: row.id,
      version,
      values: { resultsPublishedOn: plan.resultsPublishedOn },
    }),
  );
  return row;
}

/** The credit codes of the entities inspected under plans drawn in the year. */
async function inspectedIn(sql: Sql, year: number): Promise<Set<string>> {
  const rows = await sql.query<{ credit_code: string }>(
    `SELECT DISTINCT credit_code FROM r_inspection_result
      WHERE drawn_on BETWEEN $1::date AND $2::date`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  return new Set(rows.map((row) => row.credit_code));
}

/** `total` spread over the strata by their sizes (largest remainder), none over its size. */
function spread(total: number, strata: readonly DrawStratum[]): Record<string, number> {
  const size = strata.reduce((sum, stratum) => sum + stratum.entities.length, 0);
  const shares = strata.map((stratum) => {
    const exact = (total * stratum.entities.length) / Math.max(size, 1);
    return { stratum, quota: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, share) => sum + share.quota, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    if (share.quota < share.stratum.entities.length) {
      share.quota += 1;
      left -= 1;
    }
  }
  return Object.fromEntries(shares.map((share) => [share.stratum.riskClass, share.quota]));
}

/** The material the plan's publication freezes (published in a transaction rolled back). */
async function trialMaterial(runner: Runner, plan: DemoPlan): Promise<DrawMaterial> {
  class Rollback extends Error {
    constructor(readonly material: DrawMaterial | null) {
      super("rolled back");
    }
  }
  try {
    await runner.context.db.transaction(async (tx) => {
      const bound: Runner = { ...runner, context: boundTo(runner.context, tx) };
      const row = await runPlan(bound, plan, "published");
      const draw = await drawOfPlan(tx, row.id);
      throw new Rollback(draw ? await materialOf(tx, draw) : null);
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    if (error.material) return error.material;
  }
  throw new Error("demo inspections: the last plan froze no material");
}

/**
 * The year's last plan, drawn with the quotas that bring the distinct entities to the figure. A
 * draw may pick entities inspected earlier in the year, so candidate draws are computed in memory on
 * the material publication freezes (the lists do not depend on the quotas) until one comes out
 * exact; the plan then runs once, for real, with those quotas and seed values.
 */
async function fillPlan(runner: Runner, plan: DemoPlan, target: number): Promise<void> {
  const sql = runner.context.db;
  const inspected = await inspectedIn(sql, plan.year);
  const gap = target - inspected.size;
  if (gap <= 0)
    throw new Error(
      `demo inspections: ${inspected.size} entities before the last plan, over ${target}`,
    );
  const material = await trialMaterial(runner, plan);
  const lists = material.strata.flatMap((stratum) => stratum.entities);
  const freshShare = lists.filter((e) => !inspected.has(e.creditCode)).length / lists.length;
  // The total whose draw is expected to bring exactly `gap` new entities; the witness value (typed
  // at the draw, so the demo may pick it) then varies the seed until one draw does.
  const total = Math.min(lists.length, Math.round(gap / Math.max(freshShare, 0.01)));
  const quotas = spread(total, material.strata);
  const strata = material.strata.map((stratum) => ({
    ...stratum,
    quota: quotas[stratum.riskClass] ?? 0,
  }));
  const trial = { ...material, strata };
  const hashOfMaterial = materialSha256(trial);
  for (let attempt = 0; attempt < 2000; attempt += 1) {
    const witnessValue = String(100_000 + ((Number(plan.witnessValue) + attempt * 7919) % 900_000));
    const seed = [
      { source: LOTTERY_SOURCE, value: plan.lotteryValue },
      { source: WITNESS_SOURCE, value: witnessValue },
    ];
    const hash = seedSha256(hashOfMaterial, seed, material.seedSources);
    const fresh = entitiesDrawn(trial, hash).filter(
      (entity) => !inspected.has(entity.creditCode),
    ).length;
    if (fresh !== gap) continue;
    await runPlan(runner, { ...plan, witnessValue }, "resultsPublished", quotas);
    const after = (await inspectedIn(sql, plan.year)).size;
    if (after !== target) throw new Error(`demo inspections: ${after} entities, not ${target}`);
    return;
  }
  throw new Error(`demo inspections: no quota of the last plan reaches ${target}`);
}

/**
 * The last plan samples every industry of the department supervising the most entities, so that
 * enough entities not yet inspected this year are eligible for it; an internal plan leaves out the
 * industries of entities the department itself runs, whom none of its inspectors may inspect.
 */
async function broadened(
  sql: Sql,
  plan: DemoPlan,
  offers: readonly DepartmentOffer[],
): Promise<DemoPlan> {
  const entities = (offer: DepartmentOffer) =>
    [...offer.industries.values()].reduce((sum, n) => sum + n, 0);
  const leading = [...offers].sort((a, b) => entities(b) - entities(a))[0] ?? plan.leading;
  const others = plan.partners.filter((offer) => offer.orgId !== leading.orgId);
  // A joint plan whose partner now leads takes the original leader as its partner.
  const partners = plan.kind === "joint" && others.length === 0 ? [plan.leading] : others;
  const own = new Set(
    plan.kind === "internal"
      ? (
          await sql.query<{ industry: string }>(
            "SELECT DISTINCT industry FROM r_market_entity WHERE affiliated_org = $1",
            [leading.orgId],
          )
        ).map((row) => row.industry)
      : [],
  );
  const names = [leading, ...partners].map((offer) => offer.orgName.replace(/^侯马市/, ""));
  const joint = plan.kind === "joint" ? "联合" : "";
  return {
    ...plan,
    leading,
    partners,
    industries: [...leading.industries.keys()].filter((code) => !own.has(code)).sort(),
    title: `${plan.year}年${names.join("、")}${joint}市场主体年度报告公示信息“双随机、一公开”抽查`,
  };
}

export async function seedDemoInspections(
  context: EngineContext,
  users: ReadonlyMap<string, UserActor>,
): Promise<void> {
  const offers = await departmentOffers(context.db);
  if (offers.length === 0) return;
  const clerk = users.get("scj_clerk");
  const office = users.get("fzb");
  if (!clerk || !office) throw new Error("demo inspections need users scj_clerk and fzb");
  const runner: Runner = {
    context,
    dice: diceOf(seededRandom(2023_0147)),
    actorFor: (orgId) => (orgId === clerk.orgId ? clerk : office),
  };
  const plans = demoPlans(runner.dice, offers, 2023, PLANS_2023);
  const last = plans.at(-1);
  for (const plan of plans.slice(0, -1)) await runPlan(runner, plan, "resultsPublished");
  if (last)
    await fillPlan(runner, await broadened(context.db, last, offers), ENTITIES_INSPECTED_2023);
  await seedOpenPlans(runner, offers, todayOf(context));
}

/**
 * A week before the awaiting plan is published, one inspector of its departments declares a
 * conflict (申报回避) with an entity the plan will list: the conflicts a plan freezes are those
 * declared by its publication, and the registry's own, scattered over the whole city, need not
 * touch this plan's few industries. So its draw always has a declared recusal to honour.
 */
async function declareConflict(runner: Runner, plan: DemoPlan): Promise<void> {
  const { context, dice } = runner;
  const orgs = [plan.leading, ...plan.partners].map((offer) => offer.orgId);
  const entities: EligibleEntity[] = [];
  for (const riskClass of RISK_CLASS_ORDER)
    for await (const entity of eligibleEntities(context.db, {
      industries: plan.industries,
      supervisingOrgs: orgs,
      riskClass,
    }))
      // An entity a department runs is recused for all its inspectors already (sameOrg).
      if (entity.affiliatedOrg === null) entities.push(entity);
  const inspectors = await listEligibleInspectors(context.db, { orgs, on: plan.periodEnd });
  if (entities.length === 0 || inspectors.length === 0) return;
  const entity = dice.pick(entities);
  const person = dice.pick(inspectors);
  const declaredOn = plus(plan.publishedOn, -7);
  const [row] = await context.db.query<{ version: number }>(
    "SELECT version FROM r_inspector WHERE id = $1",
    [person.id],
  );
  await updateRecord(at(context, declaredOn), inspector, runner.actorFor(person.org), person.id, {
    version: row?.version,
    values: {
      conflicts: [
        ...person.conflicts,
        { creditCode: entity.creditCode, reason: dice.pick(CONFLICT_REASONS), declaredOn },
      ],
    },
  });
}

/**
 * Plans of the load year in each open state, dated so their clocks and the lottery are live. Two
 * are published: one whose lottery is still to come, and a joint one whose lottery was drawn
 * yesterday, so that its draw before witnesses can be taken today; before its publication one of
 * its inspectors declares a conflict with an entity it lists.
 */
async function seedOpenPlans(runner: Runner, offers: readonly DepartmentOffer[], today: string) {
  const year = Number(today.slice(0, 4));
  const stages: readonly [DemoStage, number, number | null][] = [
    ["completed", -40, null],
    ["inspecting", -30, null],
    ["drawn", -3, null],
    ["published", 0, 3],
    ["published", 0, -1],
    ["drafting", 3, null],
  ];
  const plans = demoPlans(runner.dice, offers, year, { joint: 4, internal: 2 });
  const awaiting = plans.find((plan) => plan.kind === "joint");
  const open = plans.filter((plan) => plan !== awaiting);
  if (awaiting) open.splice(4, 0, awaiting);
  for (const [index, [stage, shift, lottery]] of stages.entries()) {
    const base = open[index];
    if (!base) continue;
    const publishedOn = plus(today, shift - 6);
    const lotteryDate = lottery === null ? plus(publishedOn, 5) : plus(today, lottery);
    const drawnOn = plus(lotteryDate, 1);
    const periodStart = plus(drawnOn, 4);
    const plan: DemoPlan = {
      ...base,
      publishedOn: stage === "drafting" ? plus(today, -1) : publishedOn,
      lotteryDate: stage === "drafting" ? plus(today, 10) : lotteryDate,
      drawnOn,
      periodStart: stage === "drafting" ? plus(today, 20) : periodStart,
      periodEnd: stage === "drafting" ? plus(today, 50) : plus(periodStart, 40),
      endedOn: plus(periodStart, 20),
    };
    if (base === awaiting && stage === "published") await declareConflict(runner, plan);
    await runPlan(runner, plan, stage);
  }
}
