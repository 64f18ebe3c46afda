// The verifiable random-inspection draw: one algorithm for the server, the CLI and the browser
// (docs/random-draw.md). No Node-only imports: this module is bundled for the portal page.
export * from "./types.js";
export { DrawError } from "./errors.js";
export { canonicalJson, canonicalSha256 } from "./canonical.js";
export {
  inspectorsSha256,
  materialSha256,
  normaliseSeedValue,
  seedSha256,
  stratumSha256,
} from "./hashes.js";
export { RandomStream, uniformInt, stratumLabel, teamLabel, CANDIDATE_BITS } from "./stream.js";
export { drawPositions, type StratumShape } from "./positions.js";
export { assignInspectors, type SelectedEntity } from "./assign.js";
export { entitiesDrawn, runDraw } from "./run.js";
export { validateMaterial, RISK_CLASSES } from "./validate.js";
export { verifyPublishedDraw, type DrawCheck, type DrawVerification } from "./verify.js";
