// The published hashes of the draw (docs/random-draw.md §3): each eligible list, the whole
// material, and the seed that joins the material to the public values known only after it.
import { canonicalSha256 } from "./canonical.js";
import { DrawError } from "./errors.js";
import {
  DRAW_FORMAT,
  type DrawEntity,
  type DrawInspector,
  type DrawMaterial,
  type DrawSeedSource,
  type DrawSeedValue,
} from "./types.js";

/** SHA-256 of the canonical JSON array of {creditCode, name}, in list order. */
export const stratumSha256 = (entities: readonly DrawEntity[]): string =>
  canonicalSha256(entities.map(({ creditCode, name }) => ({ creditCode, name })));

/** SHA-256 of the canonical JSON array of {code, name, org, speciality}, in list order. */
export const inspectorsSha256 = (inspectors: readonly DrawInspector[]): string =>
  canonicalSha256(
    inspectors.map(({ code, name, org, speciality }) => ({ code, name, org, speciality })),
  );

/**
 * SHA-256 of the canonical JSON of the whole material, every field included (so nothing
 * published escapes the hash; validateMaterial rejects fields the format does not define).
 */
export const materialSha256 = (material: DrawMaterial): string => canonicalSha256(material);

/**
 * A typed or transcribed value in its one canonical form: Unicode NFC, every run of white space
 * (ECMAScript \s) replaced by one U+0020 SPACE, then leading and trailing spaces removed, so
 * "03 15  22" typed twice, or by another person, hashes the same.
 */
export const normaliseSeedValue = (value: string): string =>
  value.normalize("NFC").replace(/\s+/gu, " ").trim();

const SEED_LABEL = `${DRAW_FORMAT} seed`;

/**
 * The draw seed: SHA-256 of the canonical JSON
 * `["fazhi-draw/1 seed", materialSha256, [[sourceId, normalisedValue], ...]]` with one pair per
 * seed source in the material's order. Including the material hash means a seed can serve only
 * the material published for it. Every source needs exactly one non-empty value.
 */
export function seedSha256(
  materialHash: string,
  seed: readonly DrawSeedValue[],
  sources: readonly DrawSeedSource[],
): string {
  const known = new Set(sources.map((source) => source.id));
  const values = new Map<string, string>();
  for (const item of seed) {
    if (!known.has(item.source))
      throw new DrawError(`种子值的来源“${item.source}”不在公布的种子来源中`);
    if (values.has(item.source)) throw new DrawError(`种子来源“${item.source}”有多个值`);
    values.set(item.source, normaliseSeedValue(item.value));
  }
  const pairs = sources.map((source) => {
    const value = values.get(source.id);
    if (value === undefined)
      throw new DrawError(`缺少种子来源“${source.label}”（${source.id}）的值`);
    if (value === "") throw new DrawError(`种子来源“${source.label}”（${source.id}）的值为空`);
    return [source.id, value];
  });
  return canonicalSha256([SEED_LABEL, materialHash, pairs]);
}
