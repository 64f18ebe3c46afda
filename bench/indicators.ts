// Benchmark of computing every indicator (computeIndicators, all record types, [year, year before]
// as on the indicators screen) for a city and for a whole province, against the same figures from
// hand-written SQL in the same run. The figures must be equal (exit code 1 if not); the target is
// the engine within 1.5× of the hand-written SQL, and a city-year report under 2 s on PostgreSQL.
//
// Usage: npx tsx bench/indicators.ts [--pglite] [--records N] [--repeat 20] [--explain]
//        [--keep] [--reuse]
// PostgreSQL (default, 10M records): a throwaway database fazhi_bench_indicators on
// BENCH_SERVER_URL (postgres://postgres@127.0.0.1:5432/postgres), dropped at the end unless
// --keep; --reuse measures an existing one without loading. PGlite (--pglite, 1M records): a
// temporary directory. --explain prints EXPLAIN (ANALYZE, BUFFERS) of every query, both sides.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openPglite, openPostgres, type Database, type Sql } from "../src/db/client.js";
import { migrate } from "../src/db/migrate.js";
import { recordTypes } from "../src/domains/registry.js";
import type { UserActor } from "../src/engine/actor.js";
import { computeIndicators, type IndicatorValue } from "../src/engine/indicators.js";
import type { Period } from "../src/engine/indicator-sql.js";
import { tableOf } from "../src/engine/naming.js";
import type { Scope } from "../src/kernel/roles.js";
import { renderDocx } from "../src/report/docx.js";
import { generateReport } from "../src/report/generate.js";
import { draftParagraphs } from "../src/report/template.js";
import { handFigures, handQueries, type Figures } from "./indicators-hand.js";
import { loadIndicatorRecords, type LoadTimings } from "./indicators-load.js";
import { insertProvince } from "./indicators-orgs.js";
import { writeBenchmarkSection } from "./report.js";

const { values } = parseArgs({
  options: {
    pglite: { type: "boolean", default: false },
    records: { type: "string" },
    repeat: { type: "string", default: "20" },
    explain: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});
const count = Number(values.records ?? (values.pglite ? 1_000_000 : 10_000_000));
const repeat = Number(values.repeat);
const serverUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE = "fazhi_bench_indicators";
const YEAR = 2023;
const CITY_CODE = "140100";
const PROVINCE_CODE = "140000";
const log = (line: string) => {
  console.log(line);
};

async function prepare(): Promise<{ db: Database; fresh: boolean; cleanup: () => Promise<void> }> {
  if (values.pglite) {
    const dir = await mkdtemp(join(tmpdir(), "fazhi-bench-indicators-"));
    return {
      db: await openPglite(dir),
      fresh: true,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  const exists =
    (await admin.unsafe("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])).length > 0;
  const fresh = !(values.reuse && exists);
  if (fresh) {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${DATABASE}`);
  }
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return {
    db: openPostgres(url.toString()),
    fresh,
    cleanup: async () => {
      if (values.keep) return;
      const again = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      await again.unsafe(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await again.end();
    },
  };
}

const yearPeriod = (year: number): Period => ({
  from: `${String(year)}-01-01`,
  to: `${String(year)}-12-31`,
});
/** The indicators screen: the year and the year before. */
const PERIODS = [yearPeriod(YEAR), yearPeriod(YEAR - 1)];

function lawOffice(org: { id: number; path: string }, scope: Scope): UserActor {
  return {
    kind: "user",
    id: 0,
    username: `bench_${scope}`,
    displayName: "依法治省办（基准测试）",
    orgId: org.id,
    orgPath: org.path,
    roles: ["lawOffice"],
    scope,
  };
}

/** Wraps a Sql to record every query the engine sends (for the per-table timings and EXPLAIN). */
function recording(db: Sql, sink: { text: string; params: readonly unknown[] }[]): Sql {
  return {
    query: (text, params = []) => {
      sink.push({ text, params });
      return db.query(text, params);
    },
  };
}

const engineFigures = (db: Sql, actor: UserActor, orgId: number) =>
  computeIndicators(db, { types: recordTypes, actor, orgId, periods: PERIODS });

/** Differences between the engine's values and the hand-written ones, as readable lines. */
function compare(
  engine: readonly Map<string, IndicatorValue>[],
  hand: Figures,
  scenario: string,
): string[] {
  const problems: string[] = [];
  hand.forEach((expected, p) => {
    const actual = engine[p] ?? new Map<string, IndicatorValue>();
    const keys = new Set([...expected.keys(), ...actual.keys()]);
    for (const key of keys) {
      const got = actual.get(key);
      const want = expected.get(key);
      if (got?.readable !== true || got.value !== want)
        problems.push(
          `${scenario}, ${String(YEAR - p)}, ${key}: engine ${JSON.stringify(got ?? null)}, hand-written ${String(want)}`,
        );
    }
  });
  return problems;
}

const median = (samples: readonly number[]) => quantile(samples, 0.5);
function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0)
    return ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
  // Nearest rank.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Alternates the two sides `repeat` times after one warm-up each; milliseconds. */
async function race(engine: () => Promise<unknown>, hand: () => Promise<unknown>) {
  await engine();
  await hand();
  const times = { engine: [] as number[], hand: [] as number[] };
  for (let i = 0; i < repeat; i += 1) {
    if (i % 2 === 0) {
      times.engine.push(await timed(engine));
      times.hand.push(await timed(hand));
    } else {
      times.hand.push(await timed(hand));
      times.engine.push(await timed(engine));
    }
  }
  return times;
}

interface Scenario {
  readonly title: string;
  /** Column heading of the per-table timings. */
  readonly short: string;
  readonly actor: UserActor;
  readonly org: { id: number; path: string };
}

interface ScenarioResult {
  readonly scenario: Scenario;
  readonly engine: number[];
  readonly hand: number[];
  readonly figures: Figures;
  /** Per table, run one at a time: [table, engine ms, hand ms]. */
  readonly tables: [string, number, number][];
}

/** Records per record type that has indicators (for a reused database). */
async function countRecords(db: Sql): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const type of recordTypes.filter((candidate) => (candidate.indicators ?? []).length > 0)) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tableOf(type)}`);
    counts[type.id] = row?.n ?? 0;
  }
  return counts;
}

const tableOfQuery = (text: string) => /FROM (r_\w+) r\b/.exec(text)?.[1] ?? "?";

/** Each table's engine query and hand-written query, one at a time (median of `repeat`). */
async function perTable(db: Database, scenario: Scenario) {
  const engineQueries: { text: string; params: readonly unknown[] }[] = [];
  await engineFigures(recording(db, engineQueries), scenario.actor, scenario.org.id);
  const hand = handQueries(scenario.org.path, YEAR);
  const tables = [...new Set(hand.map((query) => query.table))];
  const rows: [string, number, number][] = [];
  for (const table of tables) {
    const engineSide = engineQueries.filter((query) => tableOfQuery(query.text) === table);
    const handSide = hand.filter((query) => query.table === table);
    const run = (queries: readonly { text?: string; sql?: string; params: readonly unknown[] }[]) =>
      timed(async () => {
        for (const query of queries) await db.query(query.text ?? query.sql ?? "", query.params);
      });
    await run(engineSide);
    await run(handSide);
    const engineTimes: number[] = [];
    const handTimes: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(repeat / 2)); i += 1) {
      engineTimes.push(await run(engineSide));
      handTimes.push(await run(handSide));
    }
    rows.push([table, median(engineTimes), median(handTimes)]);
    if (values.explain) {
      for (const [side, queries] of [
        ["engine", engineSide.map((query) => ({ sql: query.text, params: query.params }))],
        ["hand-written", handSide],
      ] as const) {
        for (const query of queries) {
          const plan = await db.query<Record<string, string>>(
            `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
            query.params,
          );
          log(`\n--- ${scenario.title}: ${table}, ${side}\n${query.sql}\n`);
          log(plan.map((row) => Object.values(row)[0]).join("\n"));
        }
      }
    }
  }
  return rows;
}

async function runScenario(db: Database, scenario: Scenario): Promise<ScenarioResult> {
  const engine = await engineFigures(db, scenario.actor, scenario.org.id);
  const figures = await handFigures(db, scenario.org.id, YEAR);
  const problems = compare(engine, figures, scenario.title);
  if (problems.length > 0) {
    console.error(`FIGURES DIFFER\n${problems.join("\n")}`);
    process.exitCode = 1;
  }
  const times = await race(
    () => engineFigures(db, scenario.actor, scenario.org.id),
    () => handFigures(db, scenario.org.id, YEAR),
  );
  const tables = await perTable(db, scenario);
  log(
    `${scenario.title}: engine median ${ms(median(times.engine))} ms, hand-written ${ms(median(times.hand))} ms` +
      (problems.length === 0 ? ", figures equal" : ", FIGURES DIFFER"),
  );
  return { scenario, ...times, figures, tables };
}

/**
 * HOOK — the city-year annual report, .docx included (target: < 2 s on PostgreSQL), as
 * `fazhi report` makes it without a stored report: the draft template's paragraphs, every figure
 * computed for the year (src/report/generate.ts), laid out as GB/T 9704 .docx
 * (src/report/docx.ts). Returns the .docx size in bytes; null would mean "not measured".
 */
async function cityYearReport(
  db: Sql,
  actor: UserActor,
  org: { id: number; name: string },
  year: number,
): Promise<number | null> {
  const report = await generateReport(db, recordTypes, actor, {
    reportId: null,
    orgId: org.id,
    orgName: org.name,
    year,
    title: `${org.name}${String(year)}年法治政府建设年度报告`,
    issuers: org.name,
    issuedOn: null,
    paragraphs: draftParagraphs(recordTypes, org, year),
  });
  const docx = await renderDocx(report);
  return docx.length;
}

const { db, fresh, cleanup } = await prepare();
let load: LoadTimings | null = null;
try {
  if (fresh) {
    const started = Date.now();
    await migrate(db);
    const province = await insertProvince(db);
    log(
      `migrated, ${String(province.orgCount)} orgs; loading ${count.toLocaleString("en")} records`,
    );
    load = await loadIndicatorRecords(db, province, count, log);
    log(
      `loaded ${load.total.toLocaleString("en")} records in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(inserts and indexes ${load.insertSeconds.toFixed(1)} s, VACUUM ANALYZE ${load.vacuumSeconds.toFixed(1)} s)`,
    );
  }
  const orgOf = async (code: string) => {
    const [org] = await db.query<{ id: number; path: string; name: string }>(
      "SELECT id, path, name FROM org WHERE code = $1",
      [code],
    );
    if (!org) throw new Error(`no org ${code}: load the data first (no --reuse)`);
    return org;
  };
  const city = await orgOf(CITY_CODE);
  const root = await orgOf(PROVINCE_CODE);
  const cityName = city.name.replace(/人民政府$/, "");
  const scenarios: Scenario[] = [
    {
      title: `(a) city-year: ${cityName}, lawOffice user with scope all`,
      short: "(a) city",
      actor: lawOffice(root, "all"),
      org: city,
    },
    {
      title: "(b) province-year: lawOffice user with scope all",
      short: "(b) province",
      actor: lawOffice(root, "all"),
      org: root,
    },
    {
      title: `(c) city-year: ${cityName}, the city's lawOffice user with scope subtree`,
      short: "(c) city, subtree user",
      actor: lawOffice(city, "subtree"),
      org: city,
    },
  ];
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await runScenario(db, scenario));
  const reportTimes: number[] = [];
  let reportBytes: number | null = null;
  for (let i = 0; i <= repeat; i += 1) {
    const started = performance.now();
    const bytes = await cityYearReport(db, lawOffice(city, "subtree"), city, YEAR);
    const elapsed = performance.now() - started;
    reportBytes = bytes;
    if (bytes === null) break;
    if (i > 0) reportTimes.push(elapsed);
  }

  const counts = load?.counts ?? (await countRecords(db));
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const rowCounts = Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([type, n]) => `${type} ${n.toLocaleString("en")}`)
    .join(", ");
  const database = values.pglite ? "PGlite (embedded)" : "PostgreSQL 15 (127.0.0.1)";
  const ratio = (result: ScenarioResult) => median(result.engine) / median(result.hand);
  const lines = [
    `Command: \`npx tsx bench/indicators.ts${values.pglite ? " --pglite" : ""} --records ${String(count)} --repeat ${String(repeat)}${fresh ? "" : " --reuse"}\``,
    "",
    `Database: ${database}. ${total.toLocaleString("en")} records over 2019–2023 (${rowCounts}); 200 organisations (a province, 11 cities with their counties, bureaus, townships and mediation committees; ${cityName} is the largest city, 3/16 of the records). ` +
      (load
        ? `Loaded by INSERT … SELECT generate_series in ${load.insertSeconds.toFixed(0)} s including the migrations' indexes, then VACUUM ANALYZE in ${load.vacuumSeconds.toFixed(0)} s.`
        : "Loaded by an earlier run (--reuse)."),
    "",
    `Each line computes every declared indicator (${String(recordTypes.length)} record types) for ${String(YEAR)} and ${String(YEAR - 1)}, as the indicators screen does: the engine's \`computeIndicators\` against one hand-written SQL query per table (same ${db.kind === "postgres" ? "connection pool, run concurrently like the engine's" : "database"}), ${String(repeat)} alternating repetitions after a warm-up; p95 is the nearest rank. The figures are asserted equal in every scenario.`,
    "",
    "| scenario | engine median ms | engine p95 ms | hand-written median ms | hand-written p95 ms | engine / hand-written |",
    "|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.scenario.title} | ${ms(median(r.engine))} | ${ms(quantile(r.engine, 0.95))} | ${ms(median(r.hand))} | ${ms(quantile(r.hand, 0.95))} | ${ratio(r).toFixed(2)}× |`,
    ),
    "",
    reportBytes === null
      ? "City-year annual report (.docx): not measured (the hook `cityYearReport` in bench/indicators.ts returned null)."
      : `City-year annual report, .docx included (\`cityYearReport\`: the draft template's paragraphs, \`generateReport\` for ${cityName} ${String(YEAR)} as the city's lawOffice user, then \`renderDocx\`, ${reportBytes.toLocaleString("en")} bytes): median ${ms(median(reportTimes))} ms, p95 ${ms(quantile(reportTimes, 0.95))} ms over ${String(reportTimes.length)} runs.`,
    "",
    "Per table, each side's queries run one at a time (median ms; the engine's consultation_target line is its two target queries, one per period):",
    "",
    `| table | ${results.map((r) => `${r.scenario.short}: engine | hand-written`).join(" | ")} |`,
    `|---|${results.map(() => "---|---").join("|")}|`,
    ...(results[0]?.tables ?? []).map(
      ([table], i) =>
        `| ${table} | ${results.map((r) => `${ms(r.tables[i]?.[1] ?? 0)} | ${ms(r.tables[i]?.[2] ?? 0)}`).join(" | ")} |`,
    ),
    "",
    `Figures (engine = hand-written): ${results
      .slice(0, 2)
      .map(
        (r) =>
          `${r.scenario.short} ${String(YEAR)}: ${[...r.figures[0]]
            .map(
              ([key, value]) =>
                `${key} ${value === null ? "—" : Number.isInteger(value) ? String(value) : value.toFixed(3)}`,
            )
            .join(", ")}`,
      )
      .join("; ")}.`,
    "",
    `Targets: engine within 1.5× of the hand-written SQL — ${
      results.every((r) => ratio(r) <= 1.5)
        ? "met"
        : `not met in ${results
            .filter((r) => ratio(r) > 1.5)
            .map((r) => r.scenario.short)
            .join(", ")}`
    }` +
      (values.pglite
        ? "."
        : `; city-year report, .docx included, under 2 s on PostgreSQL — ${reportTimes.length > 0 && quantile(reportTimes, 0.95) < 2000 ? "met (p95)" : "not met"}.`),
  ];
  console.log(lines.join("\n"));
  if (process.exitCode === 1) {
    console.error("figures differ: results not written");
  } else {
    await writeBenchmarkSection(
      `Indicators, ${values.pglite ? "PGlite" : "PostgreSQL 15"} (${String(count / 1_000_000)}M records)`,
      lines.join("\n"),
    );
  }
} finally {
  await db.close();
  await cleanup();
}
