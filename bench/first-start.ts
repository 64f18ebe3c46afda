// Benchmark of `npm start` (`node bin/fazhi.js start`, embedded database): wall time from spawning
// the process to its ready line and to the first 200 from GET /healthz, with the phases the start
// reports under FAZHI_TIMINGS=1; for a first start on an empty data directory and a restart on it.
// Usage: npx tsx bench/first-start.ts [--runs 3] [--clone]
// --clone: first `git clone` this repository (its committed HEAD) into a temporary directory and
// time `npm install` there (whose postinstall builds the web app and the empty PGlite cluster), as on
// a fresh machine; else the starts run in this working copy, with what its npm install made.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeBenchmarkSection } from "./report.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    clone: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const repository = join(import.meta.dirname, "..");

/** Phases reported by `fazhi start`, in order; indented ones are part of the one above. */
const PHASES: readonly (readonly [string, string])[] = [
  ["boot", "Node, tsx and loading the modules (until startCommand runs)"],
  ["web.check", "is dist/web current (hashes of its recorded inputs)"],
  ["web.build", "building the web app (only when missing or stale)"],
  ["db", "opening the database"],
  ["db.lock", "  locking the data directory"],
  ["db.open", "  PGlite.create"],
  ["db.migrate", "  migrations"],
  ["db.catalogues", "  installing the bundled catalogues"],
  ["seed.isEmpty", "is the database empty"],
  ["seed.demo", "loading the demo city (seedDemo)"],
  ["clocks.refresh", "recomputing open clocks"],
  ["clocks.sweep", "sweeping lapsed clocks"],
  ["server.build", "building the Fastify app"],
  ["server.listen", "listening"],
];

interface StartMeasurement {
  readonly readyLineMs: number;
  readonly healthMs: number;
  readonly reportedSeconds: number;
  readonly phases: ReadonlyMap<string, number>;
  readonly records: number | null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function measureStart(cwd: string, dataDir: string): Promise<StartMeasurement> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    FAZHI_DATA_DIR: dataDir,
    FAZHI_TIMINGS: "1",
    DATABASE_URL: "",
  };
  delete env.FAZHI_DEMO_PASSWORD;
  const spawned = performance.now();
  const child = spawn("node", ["bin/fazhi.js", "start"], { cwd, env, stdio: "pipe" });
  let output = "";
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  const readyLine = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("就绪用时")) resolve(performance.now() - spawned);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      reject(new Error(`fazhi start exited with ${String(code)}:\n${output}`));
    });
  });
  const health = (async () => {
    for (;;) {
      if (exited !== undefined) throw new Error(`fazhi start exited:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${String(port)}/healthz`, {
          signal: AbortSignal.timeout(2000),
        });
        await response.body?.cancel();
        if (response.status === 200) return performance.now() - spawned;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const [readyLineMs, healthMs] = await Promise.all([readyLine, health]);
    const phases = new Map<string, number>();
    for (const match of output.matchAll(/^fazhi timing (\S+) ([\d.]+) ms$/gm))
      if (match[1] && match[2]) phases.set(match[1], Number(match[2]));
    const reported = /就绪用时 ([\d.]+) 秒/.exec(output)?.[1];
    const records = /侯马市，(\d+)条记录/.exec(output)?.[1];
    return {
      readyLineMs,
      healthMs,
      reportedSeconds: Number(reported),
      phases,
      records: records === undefined ? null : Number(records),
    };
  } finally {
    if (exited === undefined) {
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await done;
    }
  }
}

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
const ms = (value: number): string =>
  Number.isNaN(value) ? "—" : value >= 100 ? value.toFixed(0) : value.toFixed(1);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}

const work = await mkdtemp(join(tmpdir(), "fazhi-first-start-"));
try {
  let cwd = repository;
  let install: string | null = null;
  if (values.clone) {
    cwd = join(work, "clone");
    execFileSync("git", ["clone", "--quiet", repository, cwd], { stdio: "inherit" });
    const started = performance.now();
    const log = execFileSync("npm", ["install", "--no-audit", "--no-fund"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const seconds = (performance.now() - started) / 1000;
    const built = /web app \(dist\/web\): done in ([\d.]+) s/.exec(log)?.[1];
    const cluster = /empty PGlite cluster for new data directories: done in ([\d.]+) s/.exec(
      log,
    )?.[1];
    install = `\`npm install\` in a fresh clone: ${seconds.toFixed(1)} s, of which the postinstall script's web app build ${built ?? "?"} s and empty PGlite cluster ${cluster ?? "?"} s.`;
    console.log(install);
  }
  const first: StartMeasurement[] = [];
  const restart: StartMeasurement[] = [];
  for (let run = 1; run <= runs; run++) {
    const dataDir = join(work, `data-${String(run)}`);
    const a = await measureStart(cwd, dataDir);
    first.push(a);
    const b = await measureStart(cwd, dataDir);
    restart.push(b);
    console.log(
      `run ${String(run)}: first start ready line ${ms(a.readyLineMs)} ms, /healthz ${ms(a.healthMs)} ms; restart ${ms(b.readyLineMs)} / ${ms(b.healthMs)} ms`,
    );
    await rm(dataDir, { recursive: true, force: true });
  }
  const phaseRows = PHASES.map(([phase, meaning]) => [
    `${meaning.startsWith("  ") ? "↳ " : ""}\`${phase}\``,
    meaning.trim(),
    ms(median(first.map((m) => m.phases.get(phase) ?? NaN))),
    ms(median(restart.map((m) => m.phases.get(phase) ?? NaN))),
  ]);
  const totals = [
    [
      "wall: spawn → ready line",
      "",
      ms(median(first.map((m) => m.readyLineMs))),
      ms(median(restart.map((m) => m.readyLineMs))),
    ],
    [
      "wall: spawn → GET /healthz 200",
      "",
      ms(median(first.map((m) => m.healthMs))),
      ms(median(restart.map((m) => m.healthMs))),
    ],
    [
      "ready time the start prints (from startCommand)",
      "",
      ms(median(first.map((m) => m.reportedSeconds * 1000))),
      ms(median(restart.map((m) => m.reportedSeconds * 1000))),
    ],
  ];
  const body = table(
    ["phase", "what", "first start, median ms", "restart, median ms"],
    [...totals, ...phaseRows],
  );
  const perRun = first
    .map(
      (m, i) =>
        `${ms(m.readyLineMs)} / ${ms(m.healthMs)} ms (restart ${ms(restart[i]?.readyLineMs ?? NaN)} / ${ms(restart[i]?.healthMs ?? NaN)} ms)`,
    )
    .join("; ");
  console.log(`\n${body}\n`);
  const lines = [
    `Command: \`npx tsx bench/first-start.ts --runs ${String(runs)}${values.clone ? " --clone" : ""}\``,
    "",
    `\`node bin/fazhi.js start\` with FAZHI_TIMINGS=1 on a fresh FAZHI_DATA_DIR (embedded PGlite, demo city ${String(first[0]?.records ?? "?")} records), then restarted on the same directory; ${String(runs)} run(s), ${values.clone ? "in a fresh clone after `npm install`" : "in the working copy after `npm install` (dist/web and the empty PGlite cluster made)"}. Wall times are from spawning the process; phases are what the start reports (\`fazhi timing …\` on stderr).${install ? ` ${install}` : ""}`,
    "",
    `Per run, ready line / /healthz: ${perRun}.`,
    "",
    body,
  ];
  await writeBenchmarkSection("First start (`npm start`, PGlite)", lines.join("\n"));
} finally {
  await rm(work, { recursive: true, force: true });
}
