// Builds the web app on first start when dist/web is missing or older than the sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
export const WEB_DIST = join(root, "dist", "web");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isWebBuildStale(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) return true;
  return newestMtime(join(root, "web")) > statSync(index).mtimeMs;
}

export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
}
