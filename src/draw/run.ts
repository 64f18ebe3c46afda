// runDraw: the whole draw from the published material and the seed values (docs/random-draw.md
// §5–6): seed, entity positions per stratum, then a team for each drawn entity.
import { assignInspectors, type SelectedEntity } from "./assign.js";
import { DrawError } from "./errors.js";
import { materialSha256, seedSha256 } from "./hashes.js";
import { drawPositions } from "./positions.js";
import type { DrawMaterial, DrawOutcome, DrawSeedValue } from "./types.js";
import { validateMaterial } from "./validate.js";

/** Throws DrawError if the material does not validate or a seed value is missing. */
export function runDraw(material: DrawMaterial, seed: readonly DrawSeedValue[]): DrawOutcome {
  const problems = validateMaterial(material);
  if (problems.length > 0) throw new DrawError(`抽查材料有误，不能摇号：${problems.join("；")}`);
  return drawValidated(material, seed, materialSha256(material));
}

/** The entities a seed draws from a material, in draw order, stratum by stratum (§5). */
export function entitiesDrawn(material: DrawMaterial, seedHash: string): SelectedEntity[] {
  const positions = drawPositions(
    seedHash,
    material.strata.map((s) => ({
      riskClass: s.riskClass,
      size: s.entities.length,
      quota: s.quota,
    })),
  );
  return material.strata.flatMap((stratum, s) =>
    (positions[s] ?? []).map((position) => {
      const entity = stratum.entities[position];
      if (!entity) throw new Error("unreachable: drawn position outside its stratum");
      return { creditCode: entity.creditCode, riskClass: stratum.riskClass };
    }),
  );
}

/** The draw of a material already validated, whose hash is known (verification has both). */
export function drawValidated(
  material: DrawMaterial,
  seed: readonly DrawSeedValue[],
  materialHash: string,
): DrawOutcome {
  const seedHash = seedSha256(materialHash, seed, material.seedSources);
  const selected = entitiesDrawn(material, seedHash);
  return {
    seedSha256: seedHash,
    selections: assignInspectors(
      seedHash,
      material.plan,
      selected,
      material.inspectors,
      material.recusals,
    ),
  };
}
