// What the inspection journey computes on its own from a published draw material, with the
// platform's draw code (src/draw), to know what the draw taken in the browser must show.
import {
  assignInspectors,
  entitiesDrawn,
  seedSha256,
  type DrawMaterial,
  type DrawRecusal,
  type DrawSelection,
} from "../../src/draw/index.js";
import { LOTTERY_SOURCE, WITNESS_SOURCE } from "../../src/inspection/material.js";

/**
 * A witness value under which the draw picks the entity of `recusal` and, were the recusal not
 * published, would send its inspector there: the draw then shows the conflict at work, not by
 * luck. The witness types any value; the journey's witness types this one.
 */
export function witnessExercising(
  material: DrawMaterial,
  materialHash: string,
  lottery: string,
  recusal: DrawRecusal,
): string {
  const others = material.recusals.filter((r) => r !== recusal);
  for (let n = 260_000; n < 360_000; n += 1) {
    const witness = String(n);
    const seed = [
      { source: LOTTERY_SOURCE, value: lottery },
      { source: WITNESS_SOURCE, value: witness },
    ];
    const hash = seedSha256(materialHash, seed, material.seedSources);
    const selected = entitiesDrawn(material, hash);
    if (!selected.some((s) => s.creditCode === recusal.creditCode)) continue;
    const unrecused = assignInspectors(hash, material.plan, selected, material.inspectors, others);
    const team = unrecused.find((s) => s.creditCode === recusal.creditCode)?.inspectors ?? [];
    if (team.includes(recusal.inspector)) return witness;
  }
  throw new Error(`no witness value draws ${recusal.creditCode} with ${recusal.inspector}`);
}

/** Every (selection, inspector) of the outcome that the material says must step aside. */
export function recusedOnTeams(
  material: DrawMaterial,
  selections: readonly DrawSelection[],
): string[] {
  const recused = new Set(material.recusals.map((r) => `${r.inspector} ${r.creditCode}`));
  return selections.flatMap((s) =>
    s.inspectors
      .filter((code) => recused.has(`${code} ${s.creditCode}`))
      .map((code) => `${code} ${s.creditCode}`),
  );
}

/**
 * Selections of a joint plan whose team does not span two departments although the entity has
 * inspectors it may take from at least two (the draw takes each pick from a department the team
 * does not cover yet).
 */
export function teamsWithinOneDepartment(
  material: DrawMaterial,
  selections: readonly DrawSelection[],
): string[] {
  const orgOf = new Map(material.inspectors.map((i) => [i.code, i.org]));
  return selections
    .filter((s) => {
      const free = material.inspectors.filter(
        (i) =>
          !material.recusals.some((r) => r.creditCode === s.creditCode && r.inspector === i.code),
      );
      const available = new Set(free.map((i) => i.org)).size;
      return Math.min(available, 2) > new Set(s.inspectors.map((c) => orgOf.get(c))).size;
    })
    .map((s) => s.creditCode);
}
