// The plan's service actions (src/domains/inspection/plan-workflow.ts): publish freezes the
// material, draw runs src/draw on it with the values typed before witnesses and creates one result
// per entity drawn, publishResults checks that every result is recorded. Each is the engine's
// action (roles, state, audit, clocks) with this work done in its transaction.
import {
  assignInspectors,
  DrawError,
  drawPositions,
  seedSha256,
  type DrawSeedValue,
} from "../draw/index.js";
import { takeAction, type ActionEffect } from "../engine/actions.js";
import { actorId, actorName, asSystem, type Actor } from "../engine/actor.js";
import { importRecords } from "../engine/bulk/import.js";
import { todayOf, type EngineContext } from "../engine/context.js";
import { EngineError, validationError } from "../engine/errors.js";
import type { RecordRow } from "../engine/select.js";
import { inspectionPlan, inspectionResult } from "../domains/inspection/index.js";
import { freezeMaterial } from "./freeze.js";
import type { FieldValue } from "../kernel/values.js";
import { LOTTERY_SOURCE, WITNESS_SOURCE } from "./material.js";
import { drawOfPlan, entitiesAt, saveOutcome } from "./store.js";

const textOf = (value: FieldValue | undefined): string => (typeof value === "string" ? value : "");

export interface ActionInput {
  readonly id: number;
  readonly version?: unknown;
  readonly values?: unknown;
}

const publishEffect =
  (actor: Actor): ActionEffect =>
  async ({ tx, context, record, after }) => {
    // A seed known when the lists are fixed could be chosen to pick them: the lottery must not be
    // drawn yet on the day of publication (nor the witness value be due).
    const lotteryDate = textOf(after["lotteryDate"]);
    if (lotteryDate <= todayOf(context))
      throw validationError([
        {
          field: "lotteryDate",
          code: "inspection.lotteryKnown",
          message: `开奖日期（${lotteryDate}）须晚于公示之日（${todayOf(context)}），公示时种子尚不可知`,
        },
      ]);
    const frozen = await freezeMaterial(tx, {
      plan: { ...record, values: after },
      publishedOn: textOf(after["publishedOn"]),
      publishedAt: context.now().toISOString(),
      by: actorId(actor),
    });
    const strata = frozen.material.strata;
    return {
      materialSha256: frozen.materialSha256,
      eligibleEntities: strata.reduce((sum, stratum) => sum + stratum.entities.length, 0),
      plannedQuota: strata.reduce((sum, stratum) => sum + stratum.quota, 0),
    };
  };

export const publishPlan = (context: EngineContext, actor: Actor, input: ActionInput) =>
  takeAction(
    context,
    inspectionPlan,
    actor,
    { ...input, actionId: "publish" },
    publishEffect(actor),
  );

/** What the draw read and wrote, for the benchmark and the caller. */
export interface DrawStats {
  drawn: number;
  /** Milliseconds of the draw proper: seed, positions, reading them, teams, storing the outcome. */
  drawMs: number;
}

function drawEffect(actor: Actor, stats?: DrawStats): ActionEffect {
  return async ({ tx, context, record, after }) => {
    const started = performance.now();
    const draw = await drawOfPlan(tx, record.id, true);
    if (!draw) throw new EngineError("invalidTransition", "本计划没有已公示的抽取材料");
    if (draw.outcome !== null) throw new EngineError("invalidTransition", "本计划已抽取，不能重抽");
    const drawnOn = textOf(after["drawnOn"]);
    const lottery = draw.head.seedSources.find((source) => source.id === LOTTERY_SOURCE);
    if (lottery && drawnOn < lottery.expectedOn)
      throw validationError([
        {
          field: "drawnOn",
          code: "inspection.beforeLottery",
          message: `${lottery.label}于${lottery.expectedOn}开奖，此前不能抽取`,
        },
      ]);
    if (drawnOn > todayOf(context))
      throw validationError([
        { field: "drawnOn", code: "inspection.futureDraw", message: "抽取日期不能晚于今天" },
      ]);
    const seed: DrawSeedValue[] = [
      { source: LOTTERY_SOURCE, value: textOf(after["lotteryValue"]) },
      { source: WITNESS_SOURCE, value: textOf(after["witnessValue"]) },
    ];
    let hash: string;
    try {
      hash = seedSha256(draw.materialSha256, seed, draw.head.seedSources);
    } catch (error) {
      if (error instanceof DrawError)
        throw validationError([
          { field: "lotteryValue", code: "inspection.seed", message: error.message },
        ]);
      throw error;
    }
    const positions = drawPositions(hash, draw.head.strata);
    const picks = draw.head.strata.flatMap((stratum, index) =>
      (positions[index] ?? []).map((position) => ({ riskClass: stratum.riskClass, position })),
    );
    const entities = await entitiesAt(tx, draw.id, picks);
    const selections = assignInspectors(
      hash,
      draw.head.plan,
      entities.map((entity, index) => ({
        creditCode: entity.creditCode,
        riskClass: picks[index]?.riskClass ?? "unclassified",
      })),
      draw.head.inspectors,
      draw.head.recusals,
    );
    const outcome = { seedSha256: hash, selections };
    await saveOutcome(tx, {
      drawId: draw.id,
      seed,
      outcome,
      at: context.now().toISOString(),
      by: actorId(actor),
    });
    if (stats) {
      stats.drawMs = performance.now() - started;
      stats.drawn = selections.length;
    }
    const names = new Map(
      draw.head.inspectors.map((inspector) => [inspector.code, inspector.name]),
    );
    const link = `inspectionPlan:${record.id}`;
    const results = selections.map((selection, index) => ({
      values: {
        plan: link,
        inspectingOrg: after["leadingOrg"],
        drawnOn,
        creditCode: selection.creditCode,
        entityName: entities[index]?.name ?? "",
        riskClass: selection.riskClass,
        inspectors: selection.inspectors.map((code) => ({ code, name: names.get(code) ?? code })),
      },
    }));
    // The draw, not a person, creates the results; the audit names who took the draw.
    const outcomeOfImport = await importRecords(
      context,
      inspectionResult,
      asSystem(`现场抽取 ${record.recordNumber ?? ""}（${actorName(actor)}）`),
      results,
      { source: { file: null, note: `抽查计划 ${record.recordNumber ?? ""} 现场抽取` } },
    );
    if (!outcomeOfImport.ok)
      throw new Error(
        `draw results do not import: ${outcomeOfImport.problems
          .slice(0, 3)
          .map((problem) => `${problem.field}: ${problem.message}`)
          .join("; ")}`,
      );
    return { seedSha256: hash, drawnCount: selections.length };
  };
}

export const drawPlan = (
  context: EngineContext,
  actor: Actor,
  input: ActionInput,
  stats?: DrawStats,
): Promise<RecordRow> =>
  takeAction(
    context,
    inspectionPlan,
    actor,
    { ...input, actionId: "draw" },
    drawEffect(actor, stats),
  );

const publishResultsEffect: ActionEffect = async ({ tx, record }) => {
  const [row] = await tx.query<{ open: number }>(
    "SELECT count(*)::int AS open FROM r_inspection_result WHERE plan = $1 AND state <> 'recorded'",
    [`inspectionPlan:${record.id}`],
  );
  if ((row?.open ?? 0) > 0)
    throw validationError([
      {
        field: "resultsPublishedOn",
        code: "inspection.openResults",
        message: `还有${row?.open ?? 0}户的检查结果未录入，不能公示`,
      },
    ]);
  return {};
};

export const publishResults = (context: EngineContext, actor: Actor, input: ActionInput) =>
  takeAction(
    context,
    inspectionPlan,
    actor,
    { ...input, actionId: "publishResults" },
    publishResultsEffect,
  );
