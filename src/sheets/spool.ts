// Rows kept on disk until their turn: an .xlsx is a zip whose sheets are written one after another,
// so the rows of a child sheet wait in a temporary file until the main sheet is complete.
import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { CellValue } from "./types.js";

/** A temporary directory of spools, removed with everything in it by `remove`. */
export class SpoolDirectory {
  private constructor(readonly path: string) {}

  static async create(): Promise<SpoolDirectory> {
    return new SpoolDirectory(await mkdtemp(join(tmpdir(), "fazhi-sheet-")));
  }

  spool(name: string): Spool {
    return new Spool(join(this.path, `${name}.jsonl`));
  }

  async remove(): Promise<void> {
    await rm(this.path, { recursive: true, force: true });
  }
}

export class Spool {
  private readonly stream: WriteStream;
  count = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path);
  }

  /** One row of cells; dates come back as ISO text (the writer knows its date columns). */
  async add(cells: readonly CellValue[]): Promise<void> {
    this.count += 1;
    if (!this.stream.write(`${JSON.stringify(cells)}\n`)) await once(this.stream, "drain");
  }

  async *rows(): AsyncGenerator<CellValue[]> {
    this.stream.end();
    await once(this.stream, "close");
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    for await (const line of lines) if (line !== "") yield JSON.parse(line) as CellValue[];
  }
}
