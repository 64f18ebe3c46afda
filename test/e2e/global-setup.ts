// Starts one platform for every browser journey: loading the demo city once keeps the tier fast.
import type { TestProject } from "vitest/node";
import { startPlatform } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    platformUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPlatform();
  project.provide("platformUrl", server.url);
  return () => server.stop();
}
