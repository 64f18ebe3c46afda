// Test tiers: unit (pure), db (engine and record types on a database: PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), e2e (headless Chromium against a running server, when Chromium exists).
import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";

const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");

export default defineConfig({
  test: {
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
