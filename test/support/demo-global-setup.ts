// Seeds the demo city once for the whole db tier, instead of once in every test file that reads
// it: a PGlite dump in a temp file, or a PostgreSQL template database when TEST_DATABASE_URL is
// set. Test files copy it with demoDatabase() (test/support/demo-db.ts).
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { defaultCalendarConfig } from "../../src/calendar/config.js";
import { openPgliteDriver, openPostgres, type Database } from "../../src/db/client.js";
import { prepareDatabase } from "../../src/runtime/prepare.js";
import { seedDemo } from "../../src/seed/seed.js";
import { DEMO_NOW, DEMO_PASSWORD } from "./demo-db.js";

async function seed(db: Database): Promise<void> {
  await prepareDatabase(db);
  await seedDemo({ db, calendar: defaultCalendarConfig, now: () => DEMO_NOW }, DEMO_PASSWORD);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), "fazhi-demo-"));
    const { db, driver } = await openPgliteDriver(null);
    try {
      await seed(db);
      const dump = await driver.dumpDataDir("gzip");
      const file = join(dir, "demo.tar.gz");
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
      project.provide("demoPgliteDump", file);
    } finally {
      await db.close();
    }
    return () => rm(dir, { recursive: true, force: true });
  }
  const name = `fazhi_demo_template_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Closed before any copy: PostgreSQL copies a template only while no one is connected to it.
  const db = openPostgres(url.toString(), { max: 4 });
  try {
    await seed(db);
  } finally {
    await db.close();
  }
  project.provide("demoTemplate", name);
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
