// Test tiers: unit (pure), db (engine and record types on a database: PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), e2e (headless Chromium against a running server, when Chromium exists).
import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);

// A run without the browser tier must not pass for a full one: it says so loudly before and after
// the run, and fails in CI, where Chromium is installed first.
const missingChromium = [
  `Chromium not found at ${chromiumPath} (CHROMIUM_PATH): the e2e browser journeys did NOT run.`,
  "Install it with: apt-get install -y chromium fonts-noto-cjk",
];
if (!hasChromium && process.env.CI === "true") {
  throw new Error(`CI=true: ${missingChromium.join(" ")}`);
}
const bar = "!".repeat(78);
const warnNoBrowserTier = () => {
  process.stderr.write(`\n${bar}\n!! WARNING: ${missingChromium.join("\n!! ")}\n${bar}\n\n`);
};
if (!hasChromium) warnNoBrowserTier();

export default defineConfig({
  test: {
    ...(hasChromium ? {} : { reporters: ["default", { onTestRunEnd: warnNoBrowserTier }] }),
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "db",
          include: ["src/**/*.db.test.ts", "test/**/*.db.test.ts"],
          // The demo city, seeded once for the files that read it (test/support/demo-db.ts).
          globalSetup: ["test/support/demo-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(hasChromium
        ? [
            {
              test: {
                name: "e2e",
                include: ["test/e2e/**/*.e2e.test.ts"],
                globalSetup: ["test/e2e/global-setup.ts"],
                testTimeout: 120_000,
                hookTimeout: 240_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
