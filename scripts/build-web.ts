// `npm run build:web`: builds the web app into dist/web now (npm install does it too, when stale).
import { buildWeb } from "../src/runtime/web-build.js";

const started = Date.now();
await buildWeb();
console.log(
  `fazhi: built the web app into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
