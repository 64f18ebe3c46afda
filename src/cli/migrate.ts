// `fazhi migrate`: applies pending migrations to the configured database and exits.
import { openDatabase, settingsFromEnv } from "../runtime/database.js";
import { success, type CommandOutput } from "./io.js";

export async function migrateCommand(): Promise<CommandOutput> {
  // openDatabase migrates; closing right after leaves the schema current.
  const database = await openDatabase(settingsFromEnv());
  await database.close();
  return success(`数据库已是最新结构：${database.description}\n`);
}
