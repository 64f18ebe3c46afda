// Opens the platform database: PostgreSQL when DATABASE_URL is set, else embedded PGlite under a lock.
import { resolve } from "node:path";
import { openPglite, openPostgres, type Database } from "../db/client.js";
import { lockDataDirectory } from "../db/lock.js";
import { readPgliteTemplate } from "./pglite-template.js";
import { prepareDatabase } from "./prepare.js";
import { timed } from "./timings.js";

export interface DatabaseSettings {
  /** postgres://… ; when absent the embedded database in `dataDir` is used. */
  readonly url: string | undefined;
  readonly dataDir: string;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  return { url: env.DATABASE_URL || undefined, dataDir: resolve(env.FAZHI_DATA_DIR ?? "./data") };
}

export interface OpenDatabase {
  readonly db: Database;
  readonly description: string;
  readonly close: () => Promise<void>;
}

/** Opens, migrates and installs the bundled catalogues. For the embedded database, a second process is refused with a clear error. */
export async function openDatabase(settings: DatabaseSettings): Promise<OpenDatabase> {
  if (settings.url !== undefined) {
    const db = openPostgres(settings.url);
    await prepareDatabase(db);
    return {
      db,
      description: `PostgreSQL ${settings.url.replace(/\/\/[^@]*@/, "//***@")}`,
      close: () => db.close(),
    };
  }
  const release = await timed("db.lock", () => lockDataDirectory(settings.dataDir));
  try {
    const db = await timed("db.open", () =>
      openPglite(settings.dataDir, { emptyCluster: readPgliteTemplate }),
    );
    await prepareDatabase(db);
    return {
      db,
      description: `内嵌数据库（PGlite）${settings.dataDir}`,
      close: async () => {
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
