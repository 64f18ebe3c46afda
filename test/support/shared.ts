// Locates the shared reference folder (beside the project in development and in CI).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** `FAZHI_SHARED_DIR`, else `../shared` next to the project. */
export function sharedDir(): string {
  const dir = process.env.FAZHI_SHARED_DIR ?? join(projectRoot, "..", "shared");
  if (!existsSync(dir)) throw new Error(`shared folder not found at ${dir}; set FAZHI_SHARED_DIR`);
  return dir;
}

export { projectRoot };
