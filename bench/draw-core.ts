// Benchmark of the random-inspection draw (src/draw): the virtual Fisher–Yates over a 450,000-
// entity directory, the inspector teams, and verifying a full published file as a citizen would.
// Usage: npx tsx bench/draw-core.ts [--repeat 20] [--write]
// --write puts the results into docs/benchmarks.md.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import {
  assignInspectors,
  drawPositions,
  materialSha256,
  runDraw,
  verifyPublishedDraw,
  type DrawRecusal,
  type PublishedDraw,
  type RiskClass,
} from "../src/draw/index.js";
import { SEED_VALUES, entitiesOf, inspectorsOf, materialOf } from "../src/draw/testing.js";
import { writeBenchmarkSection } from "./report.js";

const { values } = parseArgs({
  options: {
    repeat: { type: "string", default: "20" },
    write: { type: "boolean", default: false },
  },
});
const repeat = Number(values.repeat);
const SEED = "5ee5".repeat(16);

/** 450,000 entities, 1,428 drawn: shares rising with risk as the credit-risk rules ask. */
const STRATA: readonly { riskClass: RiskClass; size: number; quota: number }[] = [
  { riskClass: "A", size: 300_000, quota: 300 },
  { riskClass: "B", size: 120_000, quota: 600 },
  { riskClass: "C", size: 25_000, quota: 400 },
  { riskClass: "D", size: 5_000, quota: 128 },
];
const ORGS = ["侯马市市场监督管理局", "侯马市卫生健康局", "侯马市应急管理局"];

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const positions = drawPositions(SEED, STRATA);
const inspectors = inspectorsOf(150, ORGS);
const selected = STRATA.flatMap((s, k) =>
  (positions[k] ?? []).map((p) => ({
    creditCode: entitiesOf(1, k * 1_000_000 + p)[0]?.creditCode ?? "",
    riskClass: s.riskClass,
  })),
);
// Every drawn entity has recused its last inspector and two same-organisation ones.
const recusals: DrawRecusal[] = selected.flatMap((entity, e) =>
  [e % 150, (e * 7 + 3) % 150, (e * 13 + 5) % 150].map((k, r) => ({
    inspector: inspectors[k]?.code ?? "",
    creditCode: entity.creditCode,
    reason: r === 0 ? ("lastInspector" as const) : ("sameOrg" as const),
  })),
);
const plan = { ...materialOf({ strata: [], inspectors }).plan, inspectorsPerEntity: 2 };

const positionsMs = median(() => drawPositions(SEED, STRATA));
const teamsMs = median(() => assignInspectors(SEED, plan, selected, inspectors, recusals));
const teams3Ms = median(() =>
  assignInspectors(SEED, { ...plan, inspectorsPerEntity: 3 }, selected, inspectors, recusals),
);

// A full published file: every entity of the directory listed, as the portal publishes it.
let started = performance.now();
const material = materialOf({
  strata: STRATA.map((s, k) => ({
    riskClass: s.riskClass,
    quota: s.quota,
    entities: entitiesOf(s.size, k * 1_000_000),
  })),
  inspectors,
});
const buildMs = performance.now() - started;
started = performance.now();
const file: PublishedDraw = {
  format: "fazhi-draw/1",
  material,
  materialSha256: materialSha256(material),
  seed: SEED_VALUES,
  drawnAt: "2026-12-04T10:30:00+08:00",
  outcome: runDraw(material, SEED_VALUES),
};
const runMs = performance.now() - started;
const text = JSON.stringify(file);
started = performance.now();
const verification = verifyPublishedDraw(JSON.parse(text));
const verifyMs = performance.now() - started;
if (!verification.ok) throw new Error(verification.problems.join("\n"));

const rows: [string, string][] = [
  [
    `drawPositions: 1,428 of 450,000 in 4 strata (median of ${repeat})`,
    `${positionsMs.toFixed(2)} ms`,
  ],
  [
    `assignInspectors: 1,428 entities × 150 inspectors, 2 per entity, 4,284 recusals (median of ${repeat})`,
    `${teamsMs.toFixed(2)} ms`,
  ],
  [
    `assignInspectors: same, 3 per entity, joint plan of 3 departments (median of ${repeat})`,
    `${teams3Ms.toFixed(2)} ms`,
  ],
  ["Building the 450,000-entity material with its list hashes", `${(buildMs / 1000).toFixed(2)} s`],
  ["runDraw on it (validation, material hash, seed, draw)", `${(runMs / 1000).toFixed(2)} s`],
  [
    `verifyPublishedDraw of the published file (${(text.length / 1_048_576).toFixed(1)} MB of JSON, parse included)`,
    `${(verifyMs / 1000).toFixed(2)} s`,
  ],
];
const table = [
  "| Step | Time |",
  "| --- | --- |",
  ...rows.map(([step, time]) => `| ${step} | ${time} |`),
].join("\n");
console.log(table);
if (values.write)
  await writeBenchmarkSection(
    "Random-inspection draw core (issue 13)",
    `${table}\n\nLoad average at the end of the run: ${loadavg()[0]?.toFixed(1) ?? "?"} (other work shared the machine). The draw itself is O(quota): a Map of swapped cells over a virtual list, so the server draws positions without loading the directory. Verifying a whole published file is dominated by hashing its canonical JSON (every entity listed), the same in the portal page, where the browser does the work.`,
  );
