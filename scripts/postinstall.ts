// npm's postinstall: makes what `npm start` would otherwise make on its first run — the web app in
// dist/web (when missing or stale) and an empty PGlite cluster (when missing for this PGlite
// version). A failure is reported without failing `npm install`: the packages are in place, and
// `fazhi start` does the same work itself (and shows the error there).
import { hasPgliteTemplate, writePgliteTemplate } from "../src/runtime/pglite-template.js";
import { buildWeb, webBuildState } from "../src/runtime/web-build.js";

async function step(what: string, isDone: () => boolean, work: () => Promise<void>): Promise<void> {
  if (isDone()) {
    console.log(`fazhi: ${what}: current`);
    return;
  }
  const started = Date.now();
  try {
    await work();
    console.log(`fazhi: ${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(error);
    console.error(
      `fazhi: ${what} failed (see above); \`npm start\` does it itself. npm install itself succeeded.`,
    );
  }
}

await step("web app (dist/web)", () => webBuildState().isCurrent, buildWeb);
await step("empty PGlite cluster for new data directories", hasPgliteTemplate, writePgliteTemplate);
// tsx compiles each TypeScript module on its first load and caches the result (in the temporary
// directory); loading the command's modules here leaves that to the install, not the first start.
await step(
  "compiling the server's modules (tsx cache)",
  () => false,
  async () => {
    await import("../src/cli/main.js");
  },
);
