// Where the project is, and its copies of the reference files (docs/reference/) that tests read:
// a clone carries what its tests need, so nothing here looks outside the repository.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCE_DIR, type ReferenceFile } from "../../scripts/reference-files.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function referencePath(file: ReferenceFile): string {
  return join(projectRoot, REFERENCE_DIR, file);
}
