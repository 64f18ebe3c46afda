// Benchmark of the assessment's scorecards on the demo city: computing every assessed unit's
// scorecard of the 2023 scheme (25 units, 21 scored items of which 6 are formulas over 5 record types)
// from the records, as the ranking does before publication — one computeIndicators call per unit
// (one query per record type the formulas use), plus one query each for hand scores and
// objections. Also times one ranking request's worth of work with the published snapshot.
// Usage: npx tsx bench/assessment.ts [--runs 5]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { computeScorecards } from "../src/assessment/scorecards.js";
import { resultsOf } from "../src/assessment/lifecycle.js";
import { listSchemes } from "../src/assessment/store.js";
import { defaultCalendarConfig } from "../src/calendar/config.js";
import { openPglite } from "../src/db/client.js";
import { recordTypes } from "../src/domains/registry.js";
import { prepareDatabase } from "../src/runtime/prepare.js";
import { asSystem } from "../src/engine/actor.js";
import { seedDemo } from "../src/seed/seed.js";
import { writeBenchmarkSection } from "./report.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);

const db = await openPglite(null);
await prepareDatabase(db);
const context = {
  db,
  calendar: defaultCalendarConfig,
  now: () => new Date("2026-11-26T02:00:00Z"),
};
const seedStart = performance.now();
await seedDemo(context, "Bench2026password");
const seedMs = performance.now() - seedStart;
const [scheme] = await listSchemes(db, asSystem("基准测试"));
if (!scheme) throw new Error("no demo scheme");

const time = async (work: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] ?? 0, min: samples[0] ?? 0 };
};
const live = await time(() => computeScorecards(db, recordTypes, scheme));
const frozen = await time(() => resultsOf(context, recordTypes, scheme));
const cards = await computeScorecards(db, recordTypes, scheme);
const items = cards[0]?.items.length ?? 0;
const body = [
  `Demo city (seedDemo, ${String(Math.round(seedMs))} ms including the assessment), PGlite in memory, ${String(runs)} runs.`,
  "",
  "| work | median | fastest |",
  "|---|---|---|",
  `| computing ${String(cards.length)} scorecards × ${String(items)} items from the records | ${live.median.toFixed(0)} ms | ${live.min.toFixed(0)} ms |`,
  `| reading the published snapshot | ${frozen.median.toFixed(1)} ms | ${frozen.min.toFixed(1)} ms |`,
].join("\n");
process.stdout.write(`${body}\n`);
await writeBenchmarkSection("Assessment scorecards", body);
await db.close();
