// Demo directories of 侯马市 (filled in by the demo generators below).
import type { DemoGenerator } from "../../seed/types.js";

export const marketEntityDemo: DemoGenerator = () => [];
export const inspectorDemo: DemoGenerator = () => [];
