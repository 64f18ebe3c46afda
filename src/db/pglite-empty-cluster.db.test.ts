// A new PGlite data directory started from a dump of an empty cluster (what `npm install` makes,
// src/runtime/pglite-template.ts) is a normal, lasting database; an existing directory ignores it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "./client.js";
import { migrate } from "./migrate.js";

let dir: string;
let emptyCluster: Blob;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fazhi-empty-cluster-"));
  const initdb = await PGlite.create();
  emptyCluster = await initdb.dumpDataDir("gzip");
  await initdb.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openPglite with an empty cluster", () => {
  it("starts a new directory from it, migrates, and keeps what was written", async () => {
    const dataDir = join(dir, "data");
    let asked = 0;
    const template = () => {
      asked += 1;
      return emptyCluster;
    };
    const db = await openPglite(dataDir, { emptyCluster: template });
    expect(await migrate(db)).not.toEqual([]);
    await db.query(
      "INSERT INTO org (code, name, kind, path) VALUES ('141081', '侯马市人民政府', 'government', '/')",
    );
    await db.close();
    expect(asked).toBe(1);

    const reopened = await openPglite(dataDir, { emptyCluster: template });
    expect(asked).toBe(1);
    expect(await migrate(reopened)).toEqual([]);
    expect(await reopened.query("SELECT name FROM org WHERE code = '141081'")).toEqual([
      { name: "侯马市人民政府" },
    ]);
    await reopened.close();
  });
});
