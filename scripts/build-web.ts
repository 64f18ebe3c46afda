// Builds the web app into dist/web: `npm run build:web`, and npm's postinstall with --if-stale so
// that `npm start` finds it built. At install a failure is reported without failing `npm install`
// (the packages are in place; `fazhi start` builds again and shows the error there); run directly,
// a failure exits 1.
import { buildWeb, webBuildState } from "../src/runtime/web-build.js";

const ifStale = process.argv.includes("--if-stale");
const atInstall = process.env.npm_lifecycle_event === "postinstall";

const state = webBuildState();
if (ifStale && state.isCurrent) {
  console.log("fazhi: web app in dist/web is current");
} else {
  const started = Date.now();
  try {
    await buildWeb();
    console.log(
      `fazhi: built the web app into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(error);
    if (!atInstall) process.exit(1);
    console.error(
      "fazhi: building the web app failed (see above); `npm start` will try again. npm install itself succeeded.",
    );
  }
}
