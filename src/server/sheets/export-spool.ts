// Export files on their way to the browser: written to a private temporary directory while the
// page shows progress, then handed out once, to the user who asked, and deleted. A file nobody
// fetches is deleted after an hour. The registry is this process's memory: behind several
// instances the download must reach the instance that wrote the file (decision 0018).
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, open, rm, unlink, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const EXPORT_TTL_MS = 3_600_000;

interface Entry {
  readonly path: string;
  readonly ownerId: number;
  readonly fileName: string;
  readonly contentType: string;
  readonly timer: NodeJS.Timeout;
}

export interface SpooledFile {
  readonly id: string;
  /** Written by the export, owner-only (0600); ended by the sheet writer. */
  readonly out: WriteStream;
}

export interface TakenFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  /** Open on a file already unlinked: it is gone from the disk once this handle closes. */
  readonly handle: FileHandle;
}

export class ExportSpool {
  private directory: Promise<string> | null = null;
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs: number = EXPORT_TTL_MS) {}

  /** mkdtemp makes the directory 0700: other local users cannot list or open the files. */
  private dir(): Promise<string> {
    this.directory ??= mkdtemp(join(tmpdir(), "fazhi-exports-"));
    return this.directory;
  }

  async create(ownerId: number, fileName: string, contentType: string): Promise<SpooledFile> {
    // 192 random bits: the id in the download link cannot be guessed (and is checked against the owner).
    const id = randomBytes(24).toString("base64url");
    const path = join(await this.dir(), id);
    const out = createWriteStream(path, { flags: "wx", mode: 0o600 });
    const timer = setTimeout(() => void this.discard(id), this.ttlMs);
    timer.unref();
    this.entries.set(id, { path, ownerId, fileName, contentType, timer });
    return { id, out };
  }

  /** The file for its owner, once: it leaves the registry and the disk as it is read. */
  async take(id: string, userId: number): Promise<TakenFile | null> {
    const entry = this.entries.get(id);
    if (entry?.ownerId !== userId) return null;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    const handle = await open(entry.path, "r");
    await unlink(entry.path);
    const { size } = await handle.stat();
    return { fileName: entry.fileName, contentType: entry.contentType, size, handle };
  }

  async discard(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    await rm(entry.path, { force: true });
  }

  /** Whether a file waits under this id (tests and expiry). */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** At shutdown: every file not yet fetched goes, with the directory. */
  async close(): Promise<void> {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    if (this.directory) await rm(await this.directory, { recursive: true, force: true });
    this.directory = null;
  }
}
