// An empty PGlite cluster made once at `npm install` (the postinstall script), so that the first
// start on a new data directory unpacks it instead of running initdb (measured: initdb 2.7–5.9 s,
// unpacking ~1.2 s). The dump is of PGlite's own initdb with nothing added; it is named by the
// PGlite version, so another version ignores it and runs initdb as before.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

const root = join(import.meta.dirname, "..", "..");

function pgliteVersion(): string {
  // The package's entry lies in its dist/; its package.json one level up.
  const entry = fileURLToPath(import.meta.resolve("@electric-sql/pglite"));
  const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

export const pgliteTemplatePath = (): string =>
  join(root, "dist", `pglite-empty-${pgliteVersion()}.tar.gz`);

/** The empty cluster for a new data directory, or undefined when none was made for this PGlite. */
export function readPgliteTemplate(): Blob | undefined {
  const path = pgliteTemplatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

export function hasPgliteTemplate(): boolean {
  return existsSync(pgliteTemplatePath());
}

/** Runs initdb in memory and writes the dump, complete or not at all; drops other versions' dumps. */
export async function writePgliteTemplate(): Promise<void> {
  const path = pgliteTemplatePath();
  const staging = `${path}.${String(process.pid)}`;
  const db = await PGlite.create();
  try {
    const dump = await db.dumpDataDir("gzip");
    await mkdir(dirname(path), { recursive: true });
    await writeFile(staging, Buffer.from(await dump.arrayBuffer()));
    await rename(staging, path);
    for (const name of await readdir(dirname(path)))
      if (/^pglite-empty-.*\.tar\.gz$/.test(name) && join(dirname(path), name) !== path)
        await rm(join(dirname(path), name), { force: true });
  } finally {
    await db.close();
    await rm(staging, { force: true });
  }
}
