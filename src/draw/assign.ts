// Which inspectors go to each drawn entity (docs/random-draw.md §6). Every entity's team is drawn
// from its own stream, independently of the other entities: an inspector may serve any number of
// entities and there is no load cap, because a cap would make later entities' teams depend on
// earlier draws and no longer be uniform. Expected load is the same for every eligible inspector.
import { DrawError } from "./errors.js";
import { RandomStream, teamLabel, uniformInt } from "./stream.js";
import type { DrawInspector, DrawPlan, DrawRecusal, DrawSelection, RiskClass } from "./types.js";

export interface SelectedEntity {
  readonly creditCode: string;
  readonly riskClass: RiskClass;
}

/** Inspector codes recused per credit code. */
export function recusalIndex(recusals: readonly DrawRecusal[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const { creditCode, inspector } of recusals) {
    const codes = index.get(creditCode) ?? new Set<string>();
    codes.add(inspector);
    index.set(creditCode, codes);
  }
  return index;
}

/**
 * Per entity, in the order given: eligible = inspectors (in list order) not recused for it;
 * team of plan.inspectorsPerEntity picks, each pick uniform over its pool by uniformInt. For a
 * joint plan the pool of a pick is the not-yet-picked eligible inspectors of participating
 * departments (plan.orgs) the team does not cover yet; when that is empty, every not-yet-picked
 * eligible inspector. An internal plan's pool is always every not-yet-picked eligible inspector.
 */
export function assignInspectors(
  seedSha256: string,
  plan: DrawPlan,
  selected: readonly SelectedEntity[],
  inspectors: readonly DrawInspector[],
  recusals: readonly DrawRecusal[],
): DrawSelection[] {
  const size = plan.inspectorsPerEntity;
  if (!Number.isSafeInteger(size) || size < 2)
    throw new DrawError(`每户检查人员数 ${size} 应为不小于2的整数`);
  const recused = recusalIndex(recusals);
  const participating = new Set(plan.orgs);
  const seen = new Set<string>();
  return selected.map(({ creditCode, riskClass }) => {
    if (seen.has(creditCode)) throw new DrawError(`企业 ${creditCode} 被重复列入抽中名单`);
    seen.add(creditCode);
    const excluded = recused.get(creditCode);
    const eligible = excluded ? inspectors.filter((i) => !excluded.has(i.code)) : [...inspectors];
    if (eligible.length < size)
      throw new DrawError(
        `抽中的企业 ${creditCode}（${riskClass}类）可参加检查的执法人员只有${eligible.length}名` +
          `（${inspectors.length - eligible.length}名回避），少于每户${size}名，无法组成检查组`,
      );
    const stream = new RandomStream(seedSha256, teamLabel(creditCode));
    const team: DrawInspector[] = [];
    for (let pick = 0; pick < size; pick++) {
      const remaining = eligible.filter((i) => !team.includes(i));
      let pool = remaining;
      if (plan.kind === "joint") {
        const covered = new Set(team.map((i) => i.org));
        const uncovered = remaining.filter((i) => participating.has(i.org) && !covered.has(i.org));
        if (uncovered.length > 0) pool = uncovered;
      }
      const chosen = pool[uniformInt(stream, pool.length)];
      if (!chosen) throw new Error("unreachable: uniformInt returned an index outside the pool");
      team.push(chosen);
    }
    return { creditCode, riskClass, inspectors: team.map((i) => i.code) };
  });
}
