// Compares the repository's reference copies (docs/reference/) byte for byte with the shared folder
// they come from (`$FAZHI_SHARED_DIR`, else `../shared`), run by .ci/run. Without the shared folder
// a clone cannot compare and says so; in CI (CI=true), where the folder is part of the layout, that fails.
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { REFERENCE_DIR, REFERENCE_FILES } from "./reference-files.js";

export interface ReferenceCheckInput {
  readonly projectRoot: string;
  readonly sharedDir: string;
  readonly isCi: boolean;
}

export interface ReferenceCheck {
  readonly isOk: boolean;
  /** False when there was no shared folder to compare with. */
  readonly isCompared: boolean;
  /** One line per finding; errors name the file. */
  readonly lines: readonly string[];
}

const readOrNull = (path: string) => readFile(path).catch(() => null);

export async function checkReference(input: ReferenceCheckInput): Promise<ReferenceCheck> {
  if (!existsSync(input.sharedDir)) {
    const why = `shared folder not found at ${input.sharedDir}: the copies in ${REFERENCE_DIR}/ were not compared`;
    return input.isCi
      ? {
          isOk: false,
          isCompared: false,
          lines: [`error: ${why} (CI runs beside ../shared; set FAZHI_SHARED_DIR)`],
        }
      : { isOk: true, isCompared: false, lines: [`warning: ${why}`] };
  }
  const lines: string[] = [];
  for (const [copy, source] of Object.entries(REFERENCE_FILES)) {
    const copyPath = join(REFERENCE_DIR, copy);
    const [own, shared] = await Promise.all([
      readOrNull(join(input.projectRoot, copyPath)),
      readOrNull(join(input.sharedDir, source)),
    ]);
    if (own === null) lines.push(`error: ${copyPath} is missing (copy it from shared/${source})`);
    else if (shared === null)
      lines.push(`error: shared/${source} is missing (${copyPath} has no source)`);
    else if (!own.equals(shared))
      lines.push(`error: ${copyPath} differs from shared/${source}: copy it again and commit it`);
  }
  const listed = new Set<string>([...Object.keys(REFERENCE_FILES), "README.md"]);
  const present = await readdir(join(input.projectRoot, REFERENCE_DIR)).catch(() => []);
  for (const name of present.filter((file) => !listed.has(file)))
    lines.push(`error: ${REFERENCE_DIR}/${name} is not listed in scripts/reference-files.ts`);
  if (lines.length > 0) return { isOk: false, isCompared: true, lines };
  return {
    isOk: true,
    isCompared: true,
    lines: [`${Object.keys(REFERENCE_FILES).length} reference files equal ${input.sharedDir}`],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const projectRoot = resolve(import.meta.dirname, "..");
  const result = await checkReference({
    projectRoot,
    sharedDir: resolve(process.env.FAZHI_SHARED_DIR ?? join(projectRoot, "..", "shared")),
    isCi: process.env.CI === "true",
  });
  const print = result.isOk && result.isCompared ? console.log : console.error;
  for (const line of result.lines) print(line);
  process.exitCode = result.isOk ? 0 : 1;
}
