// Benchmark of the record API against a bare Fastify primary-key route on the same database.
// Usage: npx tsx bench/records-api.ts [--pglite] [--records 100000] [--seconds 10]
// PostgreSQL (default): BENCH_DATABASE_URL or a fresh database fazhi_bench on 127.0.0.1:5432.
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import postgres from "postgres";
import { defaultCalendarConfig } from "../src/calendar/config.js";
import { openPglite, openPostgres, type Database } from "../src/db/client.js";
import { migrate } from "../src/db/migrate.js";
import { seedOrganisation } from "../src/seed/seed.js";
import { createSession, SESSION_COOKIE } from "../src/server/auth/sessions.js";
import { loadRecords } from "./load-records.js";
import { writeBenchmarkSection } from "./report.js";

const { values } = parseArgs({
  options: {
    pglite: { type: "boolean", default: false },
    records: { type: "string", default: "100000" },
    seconds: { type: "string", default: "10" },
  },
});
const count = Number(values.records);
const seconds = Number(values.seconds);
const serverUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function prepare(): Promise<{
  db: Database;
  env: NodeJS.ProcessEnv;
  cleanup: () => Promise<void>;
}> {
  if (values.pglite) {
    const dir = await mkdtemp(join(tmpdir(), "fazhi-bench-"));
    return {
      db: await openPglite(dir),
      env: { BENCH_PGLITE_DIR: dir },
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe("DROP DATABASE IF EXISTS fazhi_bench WITH (FORCE)");
  await admin.unsafe("CREATE DATABASE fazhi_bench");
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = "/fazhi_bench";
  return {
    db: openPostgres(url.toString()),
    env: { BENCH_DATABASE_URL: url.toString() },
    cleanup: () => Promise.resolve(),
  };
}

/** `vary` gives each request its own path (e.g. a random page and size), defeating the list cache. */
async function measure(title: string, url: string, cookie: string | null, vary?: () => string) {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
    ...(vary ? { requests: [{ setupRequest: (request) => ({ ...request, path: vary() }) }] } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    title,
    requestsPerSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    p50: result.latency.p50,
  };
}

const { db, env, cleanup } = await prepare();
const loadStarted = Date.now();
await migrate(db);
const context = { db, calendar: defaultCalendarConfig, now: () => new Date() };
const codes = await seedOrganisation(context, "Bench2026password");
const orgIds = [...codes.values()];
await loadRecords(db, { count, orgIds });
const loadSeconds = (Date.now() - loadStarted) / 1000;
const clerkId =
  (await db.query<{ id: number }>("SELECT id FROM app_user WHERE username = 'sfj_clerk'"))[0]?.id ??
  0;
const leaderId =
  (await db.query<{ id: number }>("SELECT id FROM app_user WHERE username = 'leader'"))[0]?.id ?? 0;
const clerk = await createSession(db, clerkId, new Date());
const leader = await createSession(db, leaderId, new Date());
const [sample] = await db.query<{ id: number }>(
  "SELECT id FROM r_reconsideration ORDER BY id OFFSET $1 LIMIT 1",
  [Math.floor(count / 2)],
);
await db.close();

const child = fork(join(import.meta.dirname, "server-child.ts"), {
  // BENCH_CPU_PROFILE=dir writes a V8 CPU profile of the server process there.
  execArgv: [
    "--import",
    "tsx",
    ...(process.env.BENCH_CPU_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
      : []),
  ],
  env: { ...process.env, ...env },
});
const ports = await new Promise<{ app: number; bare: number }>((resolve) =>
  child.once("message", (message) => {
    resolve(message as { app: number; bare: number });
  }),
);
const base = `http://127.0.0.1:${ports.app}`;
const id = sample?.id ?? 1;
try {
  await measure(
    "warm-up",
    `${base}/api/records/reconsideration?actCategory=penalty&page=3&pageSize=20`,
    clerk.cookie,
  );
  const results = [
    await measure(
      "bare Fastify route, one primary-key SELECT",
      `http://127.0.0.1:${ports.bare}/bare/${id}`,
      null,
    ),
    await measure(
      "list: GET /api/records/reconsideration?actCategory=penalty&page=3&pageSize=20 (clerk, own-org scope; repeated query, page validated against the version stamp)",
      `${base}/api/records/reconsideration?actCategory=penalty&page=3&pageSize=20`,
      clerk.cookie,
    ),
    await measure(
      "list, every request a different page and page size (list cache misses)",
      `${base}/api/records/reconsideration`,
      clerk.cookie,
      () =>
        `/api/records/reconsideration?actCategory=penalty&page=${1 + Math.floor(Math.random() * 8)}&pageSize=${10 + Math.floor(Math.random() * 50)}&order=${Math.random() < 0.5 ? "asc" : "desc"}`,
    ),
    await measure(
      `single: GET /api/records/reconsideration/${id} (leader, all scope)`,
      `${base}/api/records/reconsideration/${id}`,
      leader.cookie,
    ),
  ];
  const bare = results[0]?.requestsPerSecond ?? 1;
  const database = values.pglite ? "PGlite (embedded)" : "PostgreSQL 15 (127.0.0.1)";
  const lines = [
    `Command: \`npx tsx bench/records-api.ts${values.pglite ? " --pglite" : ""} --records ${count} --seconds ${seconds}\``,
    `Database: ${database}; ${count.toLocaleString("en")} records loaded in ${loadSeconds.toFixed(1)} s; autocannon, 10 connections, ${seconds} s each; server in its own process.`,
    "",
    "| endpoint | req/s | vs bare | p50 ms | p99 ms |",
    "|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.title} | ${r.requestsPerSecond} | ${((r.requestsPerSecond / bare) * 100).toFixed(0)} % | ${r.p50} | ${r.p99} |`,
    ),
    "",
    "Targets (issue 3): list ≥ 40 % of the bare route's requests/s, p99 < 50 ms at 10 connections.",
  ];
  console.log(lines.join("\n"));
  await writeBenchmarkSection(`Record API, ${database}`, lines.join("\n"));
} finally {
  child.kill();
  await new Promise((resolve) => child.once("exit", resolve));
  await cleanup();
}
