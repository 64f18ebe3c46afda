// A temporary embedded database for CLI tests: FAZHI_DATA_DIR points at it and DATABASE_URL is
// unset while the tests run, both restored (and the directory removed) afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliDataDir {
  /** The temporary directory: files the test writes go here too. */
  readonly dir: string;
  /** The data directory inside it, as FAZHI_DATA_DIR names it. */
  readonly dataDir: string;
  readonly restore: () => Promise<void>;
}

export async function useCliDataDir(prefix: string): Promise<CliDataDir> {
  const saved = {
    FAZHI_DATA_DIR: process.env.FAZHI_DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
  };
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const dataDir = join(dir, "data");
  process.env.FAZHI_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  return {
    dir,
    dataDir,
    restore: async () => {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) Reflect.deleteProperty(process.env, key);
        else process.env[key] = value;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
