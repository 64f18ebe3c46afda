// Invariants of the draw over random seeds, list sizes, quotas, teams and recusals (fast-check),
// and uniformity checked by chi-square on fixed seeds: deterministic, so it cannot flake, with a
// bound far above the 99.9th percentile, so only a real bias fails it.
import { fc, test } from "@fast-check/vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { toHex, utf8 } from "./canonical.js";
import {
  RandomStream,
  assignInspectors,
  drawPositions,
  materialSha256,
  runDraw,
  uniformInt,
  verifyPublishedDraw,
  type DrawPlan,
  type DrawRecusal,
  type RiskClass,
} from "./index.js";
import { SEED_VALUES, creditCodeOf, entitiesOf, inspectorsOf, materialOf } from "./testing.js";

const seedArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toHex);
const fixedSeed = (text: string): string => toHex(sha256(utf8(text)));
const CLASSES: readonly RiskClass[] = ["A", "B", "C", "D", "unclassified"];
const strataArb = fc
  .array(
    fc.integer({ min: 0, max: 3000 }).chain((size) =>
      fc.record({
        size: fc.constant(size),
        quota: fc.integer({ min: 0, max: Math.min(size, 200) }),
      }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((list) => list.map((s, i) => ({ ...s, riskClass: CLASSES[i] ?? "A" })));

function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

const ORGS = ["侯马市市场监督管理局", "侯马市卫生健康局", "侯马市应急管理局"];
const basePlan = (kind: DrawPlan["kind"], inspectorsPerEntity: number): DrawPlan => ({
  number: "侯市监抽〔2026〕1号",
  title: "性质测试",
  kind,
  orgs: kind === "joint" ? ORGS : [ORGS[0] ?? ""],
  items: ["检查事项"],
  riskWeighted: false,
  inspectorsPerEntity,
});

describe("drawPositions invariants", () => {
  test.prop([seedArb, strataArb])(
    "deterministic, distinct, in range, quota respected",
    (seed, strata) => {
      const drawn = drawPositions(seed, strata);
      expect(drawPositions(seed, strata)).toEqual(drawn);
      strata.forEach((stratum, s) => {
        const positions = drawn[s] ?? [];
        expect(positions).toHaveLength(stratum.quota);
        expect(new Set(positions).size).toBe(stratum.quota);
        for (const p of positions)
          expect(p >= 0 && p < stratum.size && Number.isInteger(p)).toBe(true);
      });
    },
  );

  test.prop([seedArb, fc.integer({ min: 0, max: 300 })])(
    "quota = size is a permutation",
    (seed, size) => {
      const [positions] = drawPositions(seed, [{ riskClass: "D", size, quota: size }]);
      expect([...(positions ?? [])].sort((a, b) => a - b)).toEqual(
        Array.from({ length: size }, (_, i) => i),
      );
    },
  );
});

describe("assignInspectors invariants", () => {
  const teamCase = fc
    .record({
      seed: seedArb,
      kind: fc.constantFrom("joint" as const, "internal" as const),
      inspectorCount: fc.integer({ min: 2, max: 12 }),
      teamSize: fc.integer({ min: 2, max: 5 }),
      entities: fc.integer({ min: 1, max: 20 }),
      recusalBits: fc.array(fc.boolean(), { minLength: 240, maxLength: 240 }),
    })
    .filter((c) => c.teamSize <= c.inspectorCount);

  test.prop([teamCase])(
    "teams are full, distinct, never recused, and cover departments first",
    (c) => {
      const inspectors = inspectorsOf(
        c.inspectorCount,
        c.kind === "joint" ? ORGS : [ORGS[0] ?? ""],
      );
      const selected = Array.from({ length: c.entities }, (_, e) => ({
        creditCode: creditCodeOf(e),
        riskClass: "C" as const,
      }));
      // Recuse by the bits, but keep at least teamSize eligible per entity.
      const recusals: DrawRecusal[] = selected.flatMap((entity, e) =>
        inspectors
          .filter((_, k) => c.recusalBits[e * 12 + k] === true)
          .slice(0, c.inspectorCount - c.teamSize)
          .map((i) => ({
            inspector: i.code,
            creditCode: entity.creditCode,
            reason: "declared" as const,
          })),
      );
      const plan = basePlan(c.kind, c.teamSize);
      const teams = assignInspectors(c.seed, plan, selected, inspectors, recusals);
      expect(assignInspectors(c.seed, plan, selected, inspectors, recusals)).toEqual(teams);
      teams.forEach((team, e) => {
        const recused = new Set(
          recusals.filter((r) => r.creditCode === team.creditCode).map((r) => r.inspector),
        );
        expect(team.creditCode).toBe(selected[e]?.creditCode);
        expect(team.inspectors).toHaveLength(c.teamSize);
        expect(new Set(team.inspectors).size).toBe(c.teamSize);
        for (const code of team.inspectors) expect(recused.has(code)).toBe(false);
        if (c.kind === "joint") {
          const eligibleOrgs = new Set(
            inspectors.filter((i) => !recused.has(i.code)).map((i) => i.org),
          );
          const orgs = new Set(
            team.inspectors.map((code) => inspectors.find((i) => i.code === code)?.org),
          );
          expect(orgs.size).toBe(Math.min(c.teamSize, eligibleOrgs.size));
        }
      });
    },
  );
});

describe("published draws verify, and any change to the outcome is caught", () => {
  test.prop([
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.integer({ min: 1, max: 40 }),
    fc.nat(),
  ])("a random witness value", (witness, size, pick) => {
    fc.pre(witness.trim() !== "" && !/[\uD800-\uDFFF]/.test(witness));
    const material = materialOf({
      strata: [{ riskClass: "B", entities: entitiesOf(size), quota: Math.ceil(size / 3) }],
      inspectors: inspectorsOf(4, ORGS.slice(0, 2)),
    });
    const seed = [
      SEED_VALUES[0] ?? { source: "lottery", value: "1" },
      { source: "witness", value: witness },
    ];
    const file = {
      format: "fazhi-draw/1" as const,
      material,
      materialSha256: materialSha256(material),
      seed,
      drawnAt: "2026-12-04T10:00:00+08:00",
      outcome: runDraw(material, seed),
    };
    expect(verifyPublishedDraw(file).ok).toBe(true);
    const selections = file.outcome.selections;
    const index = pick % selections.length;
    const changed = selections.map((s, i) =>
      i === index ? { ...s, inspectors: [...s.inspectors].reverse() } : s,
    );
    const tampered = { ...file, outcome: { ...file.outcome, selections: changed } };
    const result = verifyPublishedDraw(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems.join("\n")).toContain(`outcome.selections[${index}]`);
  });
});

describe("uniformity (fixed seeds, chi-square)", () => {
  // Bounds: the chi-square 99.9999th percentile is 33.1 (6 dof), 39.3 (9 dof), 58.7 (19 dof).
  it("uniformInt(7) over 70,000 draws", () => {
    const stream = new RandomStream(fixedSeed("uniformInt"), "chi-square");
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) {
      const v = uniformInt(stream, 7);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    expect(chiSquare(counts)).toBeLessThan(33.1);
  });

  it("every ordered pair of positions drawn equally often (2 of 5, 20,000 seeds)", () => {
    const counts = new Array<number>(25).fill(0);
    for (let t = 0; t < 20_000; t++) {
      const [pair] = drawPositions(fixedSeed(`pairs ${t}`), [
        { riskClass: "A", size: 5, quota: 2 },
      ]);
      const [a = 0, b = 0] = pair ?? [];
      counts[a * 5 + b] = (counts[a * 5 + b] ?? 0) + 1;
    }
    // The 5 diagonal cells (a = b) must stay empty; the 20 others are uniform.
    expect([0, 6, 12, 18, 24].map((i) => counts[i])).toEqual([0, 0, 0, 0, 0]);
    expect(chiSquare(counts.filter((_, i) => i % 6 !== 0))).toBeLessThan(58.7);
  });

  it("every position of a large stratum equally likely to be drawn (3 of 10, 20,000 seeds)", () => {
    const counts = new Array<number>(10).fill(0);
    for (let t = 0; t < 20_000; t++)
      for (const p of drawPositions(fixedSeed(`positions ${t}`), [
        { riskClass: "B", size: 10, quota: 3 },
      ])[0] ?? [])
        counts[p] = (counts[p] ?? 0) + 1;
    expect(chiSquare(counts)).toBeLessThan(39.3);
  });

  it("every non-recused pair of inspectors equally likely (internal plan, 5 of 6 eligible)", () => {
    const inspectors = inspectorsOf(6, [ORGS[0] ?? ""]);
    const selected = Array.from({ length: 10_000 }, (_, e) => ({
      creditCode: creditCodeOf(e),
      riskClass: "A" as const,
    }));
    const recusals = selected.map((s) => ({
      inspector: inspectors[5]?.code ?? "",
      creditCode: s.creditCode,
      reason: "sameOrg" as const,
    }));
    const teams = assignInspectors(
      fixedSeed("teams"),
      basePlan("internal", 2),
      selected,
      inspectors,
      recusals,
    );
    const pairs = new Map<string, number>();
    for (const team of teams) {
      const key = [...team.inspectors].sort().join("+");
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    expect(pairs.size).toBe(10);
    expect([...pairs.keys()].some((k) => k.includes(inspectors[5]?.code ?? "?"))).toBe(false);
    expect(chiSquare([...pairs.values()])).toBeLessThan(39.3);
  });
});
