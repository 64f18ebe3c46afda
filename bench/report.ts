// Writes one benchmark's results into docs/benchmarks.md, replacing its previous section.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const FILE = join(import.meta.dirname, "..", "docs", "benchmarks.md");
const HEADER =
  "# Benchmarks\n\nMeasured on this project's 2-core machine by the scripts in `bench/`. Numbers are noisy: compare ratios within one run.\n";

export async function writeBenchmarkSection(title: string, body: string): Promise<void> {
  const current = await readFile(FILE, "utf8").catch(() => HEADER);
  const heading = `## ${title}`;
  const section = `${heading}\n\nRun ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, Node ${process.version}.\n\n${body}\n`;
  const start = current.indexOf(heading);
  if (start < 0) {
    await writeFile(FILE, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf("\n## ", start + heading.length);
  await writeFile(
    FILE,
    `${current.slice(0, start)}${section}${next < 0 ? "" : current.slice(next + 1)}`,
  );
}
