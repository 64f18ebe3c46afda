// `npx tsx scripts/draw-vectors.ts`: writes docs/random-draw-vectors.json, the test vectors of the
// draw specification (docs/random-draw.md §9). Run it only when the specification changes on
// purpose: src/draw/vectors.test.ts checks the implementation against the committed file, and a
// reimplementation in another language checks itself against the same file.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  RandomStream,
  canonicalJson,
  drawPositions,
  inspectorsSha256,
  materialSha256,
  normaliseSeedValue,
  runDraw,
  seedSha256,
  stratumSha256,
  uniformInt,
  type DrawMaterial,
  type DrawSeedValue,
  type PublishedDraw,
} from "../src/draw/index.js";
import { entitiesOf, inspectorsOf, materialOf, SEED_VALUES } from "../src/draw/testing.js";

const STREAM_SEED = "00".repeat(31) + "01";

function drawVector(
  name: string,
  description: string,
  material: DrawMaterial,
  seed: readonly DrawSeedValue[],
) {
  const materialHash = materialSha256(material);
  const seedHash = seedSha256(materialHash, seed, material.seedSources);
  const file: PublishedDraw = {
    format: "fazhi-draw/1",
    material,
    materialSha256: materialHash,
    seed,
    drawnAt: "2026-12-04T10:30:00+08:00",
    outcome: runDraw(material, seed),
  };
  return {
    name,
    description,
    file,
    intermediate: {
      stratumSha256: material.strata.map((s) => stratumSha256(s.entities)),
      inspectorsSha256: inspectorsSha256(material.inspectors),
      materialCanonicalJsonLength: new TextEncoder().encode(canonicalJson(material)).length,
      materialSha256: materialHash,
      normalisedSeed: seed.map((v) => ({ source: v.source, value: normaliseSeedValue(v.value) })),
      seedCanonicalJson: canonicalJson([
        "fazhi-draw/1 seed",
        materialHash,
        material.seedSources.map((source) => [
          source.id,
          normaliseSeedValue(seed.find((v) => v.source === source.id)?.value ?? ""),
        ]),
      ]),
      seedSha256: seedHash,
      positions: drawPositions(
        seedHash,
        material.strata.map((s) => ({
          riskClass: s.riskClass,
          size: s.entities.length,
          quota: s.quota,
        })),
      ),
    },
  };
}

function streamVector(label: string, n: number, count: number) {
  const raw = new RandomStream(STREAM_SEED, label);
  const candidates = Array.from({ length: 4 }, () => raw.nextCandidate());
  const stream = new RandomStream(STREAM_SEED, label);
  return {
    seed: STREAM_SEED,
    label,
    firstCandidates: candidates,
    n,
    uniformInts: Array.from({ length: count }, () => uniformInt(stream, n)),
  };
}

const MARKET = "侯马市市场监督管理局";
const HEALTH = "侯马市卫生健康局";
const SAFETY = "侯马市应急管理局";

function buildVectorMaterials() {
  const internalInspectors = inspectorsOf(5, [MARKET]);
  const internal = materialOf({
    strata: [{ riskClass: "unclassified", entities: entitiesOf(12, 500), quota: 4 }],
    inspectors: internalInspectors,
    plan: { riskWeighted: false, title: "2026年第四季度食品经营者双随机抽查（部门内部）" },
  });

  const jointInspectors = inspectorsOf(9, [MARKET, HEALTH, SAFETY]);
  const d = entitiesOf(3, 900);
  const c = entitiesOf(8, 800);
  const code = (i: number): string => jointInspectors[i]?.code ?? "";
  // D's first entity keeps only inspectors 0, 3 (市场监管) and 1 (卫健): its team is forced and
  // takes a second 市场监管 inspector because no 应急管理 inspector is left.
  const recusals = [
    ...[2, 4, 5, 6, 7, 8].map((i) => ({
      inspector: code(i),
      creditCode: d[0]?.creditCode ?? "",
      reason: "declared" as const,
    })),
    { inspector: code(0), creditCode: d[1]?.creditCode ?? "", reason: "lastInspector" as const },
    { inspector: code(0), creditCode: d[1]?.creditCode ?? "", reason: "sameOrg" as const },
    ...c.map((e) => ({ inspector: code(1), creditCode: e.creditCode, reason: "sameOrg" as const })),
  ];
  const joint = materialOf({
    strata: [
      { riskClass: "A", entities: entitiesOf(30, 0), quota: 1 },
      { riskClass: "B", entities: entitiesOf(20, 100), quota: 2 },
      { riskClass: "C", entities: c, quota: 3 },
      { riskClass: "D", entities: d, quota: 3 },
      { riskClass: "unclassified", entities: entitiesOf(2, 950), quota: 0 },
    ],
    inspectors: jointInspectors,
    recusals,
    plan: { inspectorsPerEntity: 3, title: "2026年第四季度食品安全部门联合双随机抽查" },
  });

  const uneven = [
    ...inspectorsOf(6, [HEALTH]).map((i, k) => (k === 0 ? { ...i, org: MARKET } : i)),
  ];
  const fallback = materialOf({
    strata: [{ riskClass: "B", entities: entitiesOf(6, 300), quota: 6 }],
    inspectors: uneven,
    plan: { inspectorsPerEntity: 4, title: "2026年第四季度医疗器械经营部门联合双随机抽查" },
  });
  const typedSeed = [
    { source: "lottery", value: " 03  11 17 22 28 31  09 " },
    { source: "witness", value: "Cafe\u0301\u3000见证人王某\t20261204" },
  ];
  return [
    {
      name: "internal-one-stratum",
      description: "部门内部抽查，未分类一层，12户抽4户，5名执法人员每户2名，无回避",
      material: internal,
      seed: SEED_VALUES,
    },
    {
      name: "joint-risk-weighted-recusals",
      description:
        "部门联合、按信用风险分层：A 30抽1、B 20抽2、C 8抽3、D 3抽3（抽取数等于名录数）、未分类2抽0；9名执法人员分属3个部门，每户3名；D类第1户回避6名后只剩3名（其中2名同属市场监管），C类每户回避同一名卫健人员",
      material: joint,
      seed: SEED_VALUES,
    },
    {
      name: "joint-uneven-departments",
      description:
        "部门联合，市场监管1名、卫健5名，每户4名：先覆盖两个部门，再从余下人员中等概率抽取；种子值含需规范化的空白和组合字符",
      material: fallback,
      seed: typedSeed,
    },
  ];
}

const vectors = buildVectorMaterials();
const output = {
  format: "fazhi-draw/1",
  description:
    "Test vectors of the fazhi verifiable random-inspection draw (docs/random-draw.md). Every value is produced by src/draw and checked by src/draw/vectors.test.ts.",
  canonicalJson: [
    {
      value: { b: [1, "二", true], a: null, B: { y: '"\\\n', x: -3 } },
      canonical: canonicalJson({ b: [1, "二", true], a: null, B: { y: '"\\\n', x: -3 } }),
    },
  ],
  streams: [
    streamVector("fazhi-draw/1 stratum 0 A", 10, 8),
    // n = 2^47 + 1 rejects about half of all candidates: exercises the rejection rule.
    streamVector("fazhi-draw/1 stratum 1 D", 2 ** 47 + 1, 4),
    streamVector("fazhi-draw/1 inspectors 91141081MA00000155", 450_000, 4),
  ],
  positions: [
    {
      seedSha256: STREAM_SEED,
      strata: [
        { riskClass: "A", size: 450_000, quota: 10 },
        { riskClass: "B", size: 5, quota: 5 },
        { riskClass: "C", size: 1, quota: 0 },
      ],
      positions: drawPositions(STREAM_SEED, [
        { riskClass: "A", size: 450_000, quota: 10 },
        { riskClass: "B", size: 5, quota: 5 },
        { riskClass: "C", size: 1, quota: 0 },
      ]),
    },
  ],
  draws: vectors.map((v) => drawVector(v.name, v.description, v.material, v.seed)),
};

const path = join(import.meta.dirname, "..", "docs", "random-draw-vectors.json");
await writeFile(path, `${JSON.stringify(output, null, 2)}\n`);
console.log(`wrote ${path}`);
