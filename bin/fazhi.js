#!/usr/bin/env node
// Entry of the `fazhi` command: loads the TypeScript sources through tsx's ESM loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
