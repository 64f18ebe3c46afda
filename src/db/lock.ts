// An exclusive lock on the embedded data directory: PGlite has none, and two processes corrupt it.
import { mkdir } from "node:fs/promises";
import lockfile from "proper-lockfile";

export class DataDirectoryLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `数据目录 ${dataDir} 正被另一个 fazhi 进程使用（服务器或命令行）。` +
        `请先停止该进程，或通过正在运行的服务器操作。`,
    );
  }
}

/** Takes the lock or throws DataDirectoryLockedError; the returned function releases it. */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    // A crashed holder stops refreshing the lock; after `stale` ms it may be taken over.
    return await lockfile.lock(dataDir, {
      stale: 15_000,
      update: 5_000,
      lockfilePath: `${dataDir}.lock`,
    });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ELOCKED") {
      throw new DataDirectoryLockedError(dataDir);
    }
    throw error;
  }
}
