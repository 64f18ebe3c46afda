// Brings a database to what the platform needs before it serves: the schema, and the catalogues
// shipped with the platform on a database that has none of them yet.
import type { Database } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { catalogues } from "../domains/catalogues/index.js";
import { installBundledCatalogues } from "../engine/catalogues.js";
import { timed } from "./timings.js";

export async function prepareDatabase(db: Database, now: Date = new Date()): Promise<void> {
  await timed("db.migrate", () => migrate(db));
  await timed("db.catalogues", () => installBundledCatalogues(db, catalogues, now));
}
