// The draw's building blocks: canonical JSON, the unbiased integer, the virtual Fisher–Yates, the
// team rule, and the verification of a published file.
import { describe, expect, it } from "vitest";
import {
  DrawError,
  RandomStream,
  assignInspectors,
  canonicalJson,
  drawPositions,
  materialSha256,
  runDraw,
  seedSha256,
  uniformInt,
  validateMaterial,
  verifyPublishedDraw,
  type PublishedDraw,
} from "./index.js";
import {
  SEED_SOURCES,
  SEED_VALUES,
  creditCodeOf,
  entitiesOf,
  inspectorsOf,
  materialOf,
} from "./testing.js";

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("test data missing");
  return value;
}

const LOTTERY = must(SEED_VALUES[0]);
const SEED = "a07dfccfe1855dd7cff4d0ec60163c650f6b05c4d370937160fb10175e195118";

describe("canonical JSON", () => {
  it("sorts keys by code units, drops whitespace and refuses non-integers", () => {
    expect(canonicalJson({ b: [1, "二"], a: true, Z: null })).toBe(
      '{"Z":null,"a":true,"b":[1,"二"]}',
    );
    expect(() => canonicalJson({ x: 1.5 })).toThrow(/安全整数/);
    expect(() => canonicalJson("\uD800")).toThrow(/代理/);
  });
});

describe("seed", () => {
  it("normalises typed values (NFC, white space) and binds the material hash", () => {
    const material = "0".repeat(64);
    const typed = [
      { source: "witness", value: "  见证人\u3000王某   20261204 " },
      { source: "lottery", value: "03 11 17 22 28 31 09" },
    ];
    expect(seedSha256(material, typed, SEED_SOURCES)).toBe(
      seedSha256(material, SEED_VALUES, SEED_SOURCES),
    );
    expect(seedSha256("1".repeat(64), SEED_VALUES, SEED_SOURCES)).not.toBe(
      seedSha256(material, SEED_VALUES, SEED_SOURCES),
    );
    // "é" composed and decomposed hash alike.
    const one = seedSha256(
      material,
      [LOTTERY, { source: "witness", value: "caf\u00e9" }],
      SEED_SOURCES,
    );
    const two = seedSha256(
      material,
      [LOTTERY, { source: "witness", value: "cafe\u0301" }],
      SEED_SOURCES,
    );
    expect(one).toBe(two);
  });

  it("needs one non-empty value for every published source", () => {
    const material = "0".repeat(64);
    expect(() => seedSha256(material, [LOTTERY], SEED_SOURCES)).toThrow(/缺少种子来源/);
    expect(() =>
      seedSha256(material, [LOTTERY, { source: "witness", value: " \t" }], SEED_SOURCES),
    ).toThrow(/为空/);
    expect(() =>
      seedSha256(material, [...SEED_VALUES, { source: "extra", value: "1" }], SEED_SOURCES),
    ).toThrow(/不在公布的种子来源/);
  });
});

describe("uniformInt", () => {
  it("stays in range and rejects candidates at or above the largest multiple of n", () => {
    const stream = new RandomStream(SEED, "test");
    for (let i = 0; i < 1000; i++) {
      const value = uniformInt(stream, 7);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
    }
    // n = 2^47 + 1: limit is 2^47 + 1, so about half the candidates are rejected, and the
    // accepted ones are returned unchanged (candidate mod n = candidate).
    const big = 2 ** 47 + 1;
    const raw = new RandomStream(SEED, "big");
    const mirror = new RandomStream(SEED, "big");
    const value = uniformInt(raw, big);
    let candidate = mirror.nextCandidate();
    while (candidate >= big) candidate = mirror.nextCandidate();
    expect(value).toBe(candidate);
  });
});

describe("drawPositions", () => {
  it("draws distinct positions, quota = size gives a permutation, streams are per stratum", () => {
    const [a, full, none] = drawPositions(SEED, [
      { riskClass: "A", size: 450_000, quota: 500 },
      { riskClass: "D", size: 9, quota: 9 },
      { riskClass: "C", size: 0, quota: 0 },
    ]);
    expect(new Set(a).size).toBe(500);
    expect(must(a).every((p) => p >= 0 && p < 450_000)).toBe(true);
    expect([...must(full)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(none).toEqual([]);
    // Stratum 0 is drawn the same whatever the other strata are.
    expect(drawPositions(SEED, [{ riskClass: "A", size: 450_000, quota: 500 }])[0]).toEqual(a);
    expect(() => drawPositions(SEED, [{ riskClass: "A", size: 3, quota: 4 }])).toThrow(DrawError);
  });
});

describe("assignInspectors", () => {
  const inspectors = inspectorsOf(6, ["市场监管局", "卫生健康局", "应急管理局"]);
  const plan = materialOf({ strata: [], inspectors }).plan;

  it("a joint team covers a department before taking a second one from it", () => {
    const selected = entitiesOf(50).map((e) => ({
      creditCode: e.creditCode,
      riskClass: "B" as const,
    }));
    for (const inspectorsPerEntity of [2, 3, 4]) {
      const teams = assignInspectors(
        SEED,
        { ...plan, inspectorsPerEntity },
        selected,
        inspectors,
        [],
      );
      for (const team of teams) {
        const orgs = team.inspectors.map(
          (code) => must(inspectors.find((i) => i.code === code)).org,
        );
        expect(new Set(orgs).size).toBe(Math.min(3, inspectorsPerEntity));
        expect(new Set(team.inspectors).size).toBe(inspectorsPerEntity);
      }
    }
  });

  it("never draws a recused inspector and names the entity that cannot get a team", () => {
    const creditCode = creditCodeOf(7);
    const recusals = inspectors
      .slice(0, 4)
      .map((i) => ({ inspector: i.code, creditCode, reason: "declared" as const }));
    const [team] = assignInspectors(
      SEED,
      plan,
      [{ creditCode, riskClass: "A" }],
      inspectors,
      recusals,
    );
    expect([...must(team).inspectors].sort()).toEqual(
      [must(inspectors[4]).code, must(inspectors[5]).code].sort(),
    );
    const more = [
      ...recusals,
      { inspector: must(inspectors[4]).code, creditCode, reason: "sameOrg" as const },
    ];
    expect(() =>
      assignInspectors(SEED, plan, [{ creditCode, riskClass: "A" }], inspectors, more),
    ).toThrow(new RegExp(`${creditCode}.*只有1名`));
  });
});

describe("validateMaterial and verifyPublishedDraw", () => {
  const material = materialOf({
    strata: [
      { riskClass: "A", entities: entitiesOf(20), quota: 3 },
      { riskClass: "D", entities: entitiesOf(5, 100), quota: 5 },
    ],
    inspectors: inspectorsOf(6, ["市场监管局", "卫生健康局"]),
  });
  const published: PublishedDraw = {
    format: "fazhi-draw/1",
    material,
    materialSha256: materialSha256(material),
    seed: SEED_VALUES,
    drawnAt: "2026-12-04T10:00:00+08:00",
    outcome: runDraw(material, SEED_VALUES),
  };

  it("accepts the published draw and recomputes the same outcome", () => {
    expect(validateMaterial(material)).toEqual([]);
    const result = verifyPublishedDraw(published);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.recomputed).toEqual(published.outcome);
    expect(result.checks.map((c) => c.id)).toEqual([
      "format",
      "material",
      "materialHash",
      "seed",
      "timing",
      "outcome",
      "recusals",
    ]);
  });

  it("names the field of a malformed or tampered file", () => {
    expect(verifyPublishedDraw({ format: "x" }).problems).toContain("material：缺少此字段");
    const swapped = structuredClone(published) as unknown as {
      material: { strata: { entities: unknown[] }[] };
    };
    must(swapped.material.strata[0]).entities.reverse();
    const problems = verifyPublishedDraw(swapped).problems.join("\n");
    expect(problems).toMatch(
      /material\.strata\[0\]\.entities\[1\]：.*未按统一社会信用代码升序排列/,
    );
    expect(problems).toMatch(/material\.strata\[0\]\.sha256：与名录重新计算的哈希/);
  });
});
