// The seeded demo city, made once per test run (test/support/demo-global-setup.ts) and copied for
// each test file that asks: seeding it takes 30–75 s, a copy a second or two.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { inject } from "vitest";
import { openPglite, openPostgres } from "../../src/db/client.js";
import type { TestDatabase } from "./db.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: the file holding the dump (`dumpDataDir`) of the seeded demo. */
    demoPgliteDump: string;
    /** PostgreSQL: the template database holding the seeded demo. */
    demoTemplate: string;
  }
}

/** The one load instant of the shared demo: every test reading the demo's "today" uses it. */
export const DEMO_NOW = new Date("2026-11-26T02:00:00Z");
export const DEMO_PASSWORD = "Demo2026password";

/** A private copy of the seeded demo (loaded at DEMO_NOW with DEMO_PASSWORD), dropped by `drop`. */
export async function demoDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dump = new Blob([await readFile(inject("demoPgliteDump"))]);
    const db = await openPglite(null, { emptyCluster: () => dump });
    return { db, drop: () => db.close() };
  }
  const name = `fazhi_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await createFromTemplate(admin, name, inject("demoTemplate"));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), { max: 4 });
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * PostgreSQL refuses to copy a template another session is copying at the same moment
 * (55006 object_in_use), which parallel test files do; wait and try again.
 */
async function createFromTemplate(
  admin: postgres.Sql,
  name: string,
  template: string,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === "55006";
      if (!busy || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
    }
  }
}
