// The implementation against the committed test vectors (docs/random-draw-vectors.json), which
// also an independent implementation (docs/random-draw-reference.py) reproduces.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  RandomStream,
  canonicalJson,
  drawPositions,
  inspectorsSha256,
  materialSha256,
  runDraw,
  seedSha256,
  stratumSha256,
  uniformInt,
  verifyPublishedDraw,
  type PublishedDraw,
  type StratumShape,
} from "./index.js";

interface Vectors {
  readonly canonicalJson: readonly { readonly value: unknown; readonly canonical: string }[];
  readonly streams: readonly {
    readonly seed: string;
    readonly label: string;
    readonly firstCandidates: readonly number[];
    readonly n: number;
    readonly uniformInts: readonly number[];
  }[];
  readonly positions: readonly {
    readonly seedSha256: string;
    readonly strata: readonly StratumShape[];
    readonly positions: readonly (readonly number[])[];
  }[];
  readonly draws: readonly {
    readonly name: string;
    readonly file: PublishedDraw;
    readonly intermediate: {
      readonly stratumSha256: readonly string[];
      readonly inspectorsSha256: string;
      readonly materialSha256: string;
      readonly seedCanonicalJson: string;
      readonly seedSha256: string;
      readonly positions: readonly (readonly number[])[];
    };
  }[];
}

const vectors = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "docs", "random-draw-vectors.json"), "utf8"),
) as Vectors;

describe("test vectors", () => {
  it("canonical JSON", () => {
    for (const vector of vectors.canonicalJson)
      expect(canonicalJson(vector.value)).toBe(vector.canonical);
  });

  it("streams: raw candidates and uniformInt with rejection", () => {
    for (const vector of vectors.streams) {
      const raw = new RandomStream(vector.seed, vector.label);
      expect(vector.firstCandidates.map(() => raw.nextCandidate())).toEqual(vector.firstCandidates);
      const stream = new RandomStream(vector.seed, vector.label);
      expect(vector.uniformInts.map(() => uniformInt(stream, vector.n))).toEqual(
        vector.uniformInts,
      );
    }
  });

  it("positions over a virtual 450,000-entity list", () => {
    for (const vector of vectors.positions)
      expect(drawPositions(vector.seedSha256, vector.strata)).toEqual(vector.positions);
  });

  it.each(vectors.draws.map((draw) => [draw.name, draw] as const))("draw %s", (_name, draw) => {
    const { file, intermediate } = draw;
    const { material } = file;
    expect(material.strata.map((s) => stratumSha256(s.entities))).toEqual(
      intermediate.stratumSha256,
    );
    expect(inspectorsSha256(material.inspectors)).toBe(intermediate.inspectorsSha256);
    expect(materialSha256(material)).toBe(intermediate.materialSha256);
    expect(file.materialSha256).toBe(intermediate.materialSha256);
    const seed = seedSha256(intermediate.materialSha256, file.seed, material.seedSources);
    expect(seed).toBe(intermediate.seedSha256);
    const shapes = material.strata.map((s) => ({
      riskClass: s.riskClass,
      size: s.entities.length,
      quota: s.quota,
    }));
    expect(drawPositions(seed, shapes)).toEqual(intermediate.positions);
    expect(runDraw(material, file.seed)).toEqual(file.outcome);
    const verification = verifyPublishedDraw(file);
    expect(verification.problems).toEqual([]);
    expect(verification.ok).toBe(true);
  });

  it("cover the edge cases the specification promises", () => {
    const joint = vectors.draws.find((d) => d.name === "joint-risk-weighted-recusals");
    const strata = joint?.file.material.strata ?? [];
    expect(strata.some((s) => s.quota === s.entities.length && s.quota > 0)).toBe(true);
    expect(strata.some((s) => s.quota === 0)).toBe(true);
    expect(joint?.file.material.recusals.length).toBeGreaterThan(0);
    expect(
      vectors.streams.some((s) =>
        s.uniformInts.some((v, i) => v !== (s.firstCandidates[i] ?? 0) % s.n),
      ),
    ).toBe(true);
  });

  it("are reproduced by the independent Python implementation", () => {
    const root = join(import.meta.dirname, "..", "..");
    const run = spawnSync("python3", ["docs/random-draw-reference.py"], {
      cwd: root,
      encoding: "utf8",
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout.trim().split("\n").at(-1)).toBe("all vectors agree");
    expect(run.stdout.match(/^ok /gm)?.length).toBe(vectors.draws.length);
  });
});
