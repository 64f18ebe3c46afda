// Writes the generated, committed artefacts; with --check, fails when any is stale (run by npm run check).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { statutoryRules } from "../src/calendar/index.js";
import { renderStatutesDoc } from "../src/calendar/statutes-doc.js";

const root = join(import.meta.dirname, "..");

const artefacts: readonly { readonly path: string; readonly render: () => string }[] = [
  { path: "docs/statutes.md", render: () => renderStatutesDoc(statutoryRules) },
];

const isCheck = process.argv.includes("--check");
let stale = 0;
for (const artefact of artefacts) {
  const file = join(root, artefact.path);
  const wanted = artefact.render();
  const current = await readFile(file, "utf8").catch(() => "");
  if (current === wanted) continue;
  if (isCheck) {
    console.error(`${artefact.path} is stale: run npm run gen and commit it.`);
    stale += 1;
  } else {
    await writeFile(file, wanted);
    console.log(`wrote ${artefact.path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
