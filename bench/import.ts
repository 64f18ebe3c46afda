// Bulk import against a plain COPY of the same rows into the same table, side by side in one run,
// on PGlite and on PostgreSQL: `npx tsx bench/import.ts [--records 100000] [--pg URL] [--write]`.
//
// The import goes through the engine: every record validated as a created one is, what its state
// needs checked, its clocks worked out from its dates, its audit event hash-chained, all in one
// transaction. The COPY then writes the rows the import wrote, and nothing else, into the same
// table emptied (its indexes, foreign keys and defaults as the import met them).
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { defaultCalendarConfig } from "../src/calendar/config.js";
import { openPgliteDriver, openPostgres, type Database } from "../src/db/client.js";
import { mediation } from "../src/domains/mediation/index.js";
import { asSystem } from "../src/engine/actor.js";
import { importRecords } from "../src/engine/bulk/import.js";
import type { ImportRecord } from "../src/engine/bulk/validate.js";
import type { EngineContext } from "../src/engine/context.js";
import { domains } from "../src/domains/registry.js";
import { prepareDatabase } from "../src/runtime/prepare.js";
import { seedOrganisation } from "../src/seed/seed.js";
import { foldDemoRecord } from "../src/seed/fold.js";
import { offlineDemoRefs } from "../src/seed/offline-refs.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
};
const COUNT = Number(option("--records", "100000"));
const PG_URL = option("--pg", "postgres://postgres@127.0.0.1:5432/postgres");
const TODAY = "2026-11-20";
const type = mediation;

/** The demo's mediation cases, folded to their final states, repeated to the count. */
async function recordsFor(context: EngineContext): Promise<ImportRecord[]> {
  const codes = await seedOrganisation(context, "Bench2026password");
  const users = await context.db.query<{ id: number; username: string }>(
    "SELECT id, username FROM app_user",
  );
  const userId = (name: string) => users.find((user) => user.username === name)?.id ?? 0;
  const domain = domains.find((item) => item.type.id === type.id);
  if (!domain) throw new Error("no mediation domain");
  const org = (code: string) => codes.get(code) ?? 0;
  const demo = domain.demo(offlineDemoRefs(TODAY, org));
  const folded = demo.map((record) => {
    const { events: _events, at: _at, ...rest } = foldDemoRecord(type, record, userId, TODAY);
    // As a file gives them: states and dates only; the clocks are worked out from the dates.
    return rest;
  });
  return Array.from({ length: COUNT }, (_, index) => folded[index % folded.length] as ImportRecord);
}

interface Measure {
  readonly importMs: number;
  readonly copyMs: number;
  readonly rows: number;
  readonly clocks: number;
  readonly events: number;
}

/** COPY's text of the rows the import wrote (or a file holding it), and a COPY of it back. */
interface CopyDriver {
  dump(): Promise<string>;
  copy(dumped: string): Promise<void>;
}

const TABLE = "r_mediation";

async function measure(db: Database, driver: CopyDriver): Promise<Measure> {
  await prepareDatabase(db);
  const context: EngineContext = {
    db,
    calendar: defaultCalendarConfig,
    now: () => new Date(`${TODAY}T02:00:00Z`),
  };
  const records = await recordsFor(context);
  const started = performance.now();
  const outcome = await importRecords(context, type, asSystem("基准测试"), records, {
    source: { file: null, note: "bench/import.ts" },
  });
  const importMs = performance.now() - started;
  if (!outcome.ok)
    throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  const text = await driver.dump();
  // The same table, emptied: its indexes, foreign keys and defaults are the ones the import met.
  await db.query(`TRUNCATE ${TABLE}`);
  const copyStarted = performance.now();
  await driver.copy(text);
  const copyMs = performance.now() - copyStarted;
  const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]?.n ?? 0;
  const copied = await count(`SELECT count(*)::int AS n FROM ${TABLE}`);
  if (copied !== outcome.imported)
    throw new Error(`COPY wrote ${copied} rows, not ${outcome.imported}`);
  return {
    importMs,
    copyMs,
    rows: outcome.imported,
    clocks: await count("SELECT count(*)::int AS n FROM record_clock"),
    events: await count("SELECT count(*)::int AS n FROM audit_event"),
  };
}

async function onPglite(): Promise<Measure> {
  const { db, driver } = await openPgliteDriver(null);
  try {
    return await measure(db, {
      async dump() {
        const [result] = await driver.exec(`COPY ${TABLE} TO '/dev/blob'`);
        return (await result?.blob?.text()) ?? "";
      },
      async copy(text) {
        await driver.query(`COPY ${TABLE} FROM '/dev/blob'`, [], { blob: new Blob([text]) });
      },
    });
  } finally {
    await db.close();
  }
}

/** psql's \\copy: the plain COPY a database administrator would run (postgres.js's COPY can stall). */
function psql(url: string, command: string): void {
  execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", command], { stdio: "inherit" });
}

async function onPostgres(): Promise<Measure> {
  const name = `fazhi_bench_${Date.now()}`;
  const admin = postgres(PG_URL, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 2 });
  const dir = await mkdtemp(join(tmpdir(), "fazhi-bench-"));
  const file = join(dir, "rows.copy");
  try {
    return await measure(db, {
      dump() {
        psql(url.toString(), `\\copy ${TABLE} TO '${file}'`);
        return Promise.resolve(file);
      },
      copy(path) {
        psql(url.toString(), `\\copy ${TABLE} FROM '${path}'`);
        return Promise.resolve();
      },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
    await db.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

function line(label: string, measure: Measure): string {
  const importRate = perSecond(measure.rows, measure.importMs);
  const copyRate = perSecond(measure.rows, measure.copyMs);
  return `| ${label} | ${measure.rows.toLocaleString("en")} | ${(measure.importMs / 1000).toFixed(1)} s | ${importRate.toLocaleString("en")} | ${(measure.copyMs / 1000).toFixed(1)} s | ${copyRate.toLocaleString("en")} | ${Math.round((importRate / copyRate) * 100)} % | ${measure.clocks.toLocaleString("en")} clocks, ${measure.events.toLocaleString("en")} audit events |`;
}

const lines = [
  "| Database | Records | Import | Import rows/s | COPY | COPY rows/s | Import ÷ COPY | Also written by the import |",
  "|---|---:|---:|---:|---:|---:|---:|---|",
  line("PGlite (embedded, in memory)", await onPglite()),
  line("PostgreSQL 15 (127.0.0.1)", await onPostgres()),
];
console.log(lines.join("\n"));

if (args.includes("--write")) {
  const file = "docs/benchmarks.md";
  const heading = "## Bulk import against COPY";
  const section = `${heading}

\`npx tsx bench/import.ts --records ${COUNT} --write\` (${new Date().toISOString().slice(0, 10)}, 2 cores). ${COUNT.toLocaleString("en")} people's mediation cases (the demo's, folded to their final states and repeated) imported through \`importRecords\`: each validated as a created record is, its state's needs checked, its clocks worked out from its dates, its audit event hash-chained, one batch event, one transaction. The COPY then writes the same rows (dumped from the import's table) into the same table, emptied (same indexes, foreign keys and defaults), and nothing else.

${lines.join("\n")}
`;
  const current = await readFile(file, "utf8");
  const start = current.indexOf(heading);
  const next = start === -1 ? -1 : current.indexOf("\n## ", start + heading.length);
  const updated =
    start === -1
      ? `${current.trimEnd()}\n\n${section}`
      : `${current.slice(0, start)}${section}${next === -1 ? "" : current.slice(next)}`;
  await writeFile(file, updated);
  // The table is written plain; the repository's format check wants it aligned.
  execFileSync("npx", ["prettier", "--write", file], { stdio: "ignore" });
}
