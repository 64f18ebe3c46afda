// The built web app in dist/web and whether it is current. `npm install` builds it (the postinstall
// script, scripts/build-web.ts); `fazhi start` builds it only when it is missing or stale.
//
// A build records what it was made from in dist/web/.build-inputs.json: the SHA-256 of every source
// file in the bundle (web/, the shared src/kernel modules it imports, vite.config.ts, index.html,
// tsconfig) and the version of every package in it and of the build tools. The build is stale when
// one of those files or versions differs; a new file only matters once an existing one imports it.
// Checking reads ~150 small files: a few milliseconds on the start path.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";

const root = join(import.meta.dirname, "..", "..");
export const WEB_DIST = join(root, "dist", "web");
const INPUTS_FILE = ".build-inputs.json";
/** The portal's in-browser draw verification (src/draw bundled alone), served as /portal/draw-verify.js. */
const PORTAL_SCRIPT = join("portal", "draw-verify.js");
const PORTAL_ENTRY = join(root, "web", "src", "portal", "draw-verify.ts");

/** Read by the build besides the modules of the bundle. */
const CONFIG_FILES = ["vite.config.ts", "web/index.html", "web/tsconfig.json", "tsconfig.json"];
/** The build tools, whose version changes the output without appearing in the bundle. */
const TOOL_PACKAGES = ["node_modules/vite", "node_modules/@vitejs/plugin-react"];

interface BuildInputs {
  /** Path relative to the repository (with /) → SHA-256 of the content. */
  readonly files: Readonly<Record<string, string>>;
  /** Package directory relative to the repository → its version. */
  readonly packages: Readonly<Record<string, string>>;
}

export type WebBuildState =
  | { readonly isCurrent: true }
  | { readonly isCurrent: false; readonly isMissing: boolean; readonly reason: string };

const toKey = (path: string): string => relative(root, path).split(sep).join("/");
const fromKey = (key: string): string => join(root, ...key.split("/"));

function fileHash(key: string): string | null {
  try {
    return createHash("sha256")
      .update(readFileSync(fromKey(key)))
      .digest("hex");
  } catch {
    return null;
  }
}

function packageVersion(key: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(join(fromKey(key), "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof manifest.version === "string" ? manifest.version : null;
  } catch {
    return null;
  }
}

/** Whether dist/web is current with its sources and packages, and if not, why (for the message). */
export function webBuildState(): WebBuildState {
  if (!existsSync(join(WEB_DIST, "index.html")))
    return { isCurrent: false, isMissing: true, reason: "dist/web 不存在" };
  if (!existsSync(join(WEB_DIST, PORTAL_SCRIPT)))
    return { isCurrent: false, isMissing: false, reason: `缺少 dist/web/${PORTAL_SCRIPT}` };
  let inputs: BuildInputs;
  try {
    inputs = JSON.parse(readFileSync(join(WEB_DIST, INPUTS_FILE), "utf8")) as BuildInputs;
  } catch {
    return { isCurrent: false, isMissing: false, reason: `缺少构建记录 dist/web/${INPUTS_FILE}` };
  }
  for (const [key, hash] of Object.entries(inputs.files))
    if (fileHash(key) !== hash)
      return { isCurrent: false, isMissing: false, reason: `${key} 已更改` };
  for (const [key, version] of Object.entries(inputs.packages))
    if (packageVersion(key) !== version)
      return { isCurrent: false, isMissing: false, reason: `${key} 版本已更改` };
  return { isCurrent: true };
}

/** The directory of the package a bundled module comes from, or null for the repository's own files. */
function packageDirOf(path: string): string | null {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = path.slice(at + marker.length).split(sep);
  const name = rest[0]?.startsWith("@") ? rest.slice(0, 2) : rest.slice(0, 1);
  return join(path.slice(0, at + marker.length), ...name);
}

function inputsOf(moduleIds: Iterable<string>): BuildInputs {
  const files = new Set(CONFIG_FILES.filter((key) => existsSync(fromKey(key))));
  const packages = new Set(TOOL_PACKAGES);
  for (const id of moduleIds) {
    const path = id.split("?")[0] ?? "";
    if (!isAbsolute(path) || !existsSync(path)) continue; // virtual modules (\0…)
    const packageDir = packageDirOf(path);
    if (packageDir === null) files.add(toKey(path));
    else packages.add(toKey(packageDir));
  }
  const hashes: Record<string, string> = {};
  for (const key of [...files].sort()) hashes[key] = fileHash(key) ?? "";
  const versions: Record<string, string> = {};
  for (const key of [...packages].sort()) versions[key] = packageVersion(key) ?? "";
  return { files: hashes, packages: versions };
}

/**
 * Builds the web app into a fresh directory beside dist/web and puts it in place when complete, so
 * a failed or interrupted build leaves the previous one (and a server serving it) as it was.
 */
export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  const staging = join(root, "dist", `.web-build-${String(process.pid)}`);
  const previous = join(root, "dist", `.web-previous-${String(process.pid)}`);
  await mkdir(join(root, "dist"), { recursive: true });
  try {
    const result = await build({
      configFile: join(root, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir: staging, emptyOutDir: true },
    });
    // The portal script: one small ES module of its own, without the app's React and antd.
    const portal = await build({
      configFile: false,
      logLevel: "warn",
      publicDir: false,
      build: {
        outDir: join(staging, "portal"),
        emptyOutDir: false,
        lib: { entry: PORTAL_ENTRY, formats: ["es"], fileName: () => "draw-verify.js" },
      },
    });
    const outputs = [result, portal].flatMap((item) =>
      Array.isArray(item) ? item : "output" in item ? [item] : [],
    );
    const moduleIds = outputs.flatMap((output) =>
      output.output.flatMap((item) => (item.type === "chunk" ? item.moduleIds : [])),
    );
    await writeFile(
      join(staging, INPUTS_FILE),
      `${JSON.stringify(inputsOf(moduleIds), null, 2)}\n`,
    );
    if (existsSync(WEB_DIST)) await rename(WEB_DIST, previous);
    await rename(staging, WEB_DIST);
    await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
