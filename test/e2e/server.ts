// Starts the real platform (`fazhi start`) on a fresh embedded data directory for browser journeys.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { projectRoot } from "../support/paths.js";

export const DEMO_PASSWORD = "E2eDemo2026pass";

export interface RunningServer {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

export async function startPlatform(): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), "fazhi-e2e-"));
  const child: ChildProcess = spawn("node", ["bin/fazhi.js", "start"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: "0",
      FAZHI_DATA_DIR: join(dir, "data"),
      FAZHI_DEMO_PASSWORD: DEMO_PASSWORD,
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start:\n${output}`));
    }, 200_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /fazhi 已启动：(http:\/\/\S+?)\/\n/.exec(output);
      if (match?.[1] && output.includes("就绪用时")) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      reject(new Error(`server exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface BrowserOptions {
  /** Host names the browser resolves to an address, e.g. `{ "fazhi.intranet": "127.0.0.1" }`. */
  readonly hosts?: Readonly<Record<string, string>>;
}

export function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const hostRules = Object.entries(options.hosts ?? {}).map(([name, ip]) => `MAP ${name} ${ip}`);
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(hostRules.length > 0 ? [`--host-resolver-rules=${hostRules.join(",")}`] : []),
    ],
  });
}
