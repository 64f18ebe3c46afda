import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import { afterEach, describe, expect, it } from "vitest";
import { ExportSpool } from "./export-spool.js";

const spools: ExportSpool[] = [];
afterEach(async () => {
  for (const spool of spools.splice(0)) await spool.close();
});

async function spooled(spool: ExportSpool, ownerId = 7) {
  const file = await spool.create(ownerId, "行政复议案件.xlsx", "application/x-test");
  file.out.end("PK-bytes");
  await finished(file.out);
  return { ...file, path: file.out.path.toString() };
}

describe("the export spool", () => {
  it("writes into an owner-only directory and file under an unguessable id", async () => {
    const spool = new ExportSpool();
    spools.push(spool);
    const file = await spooled(spool);
    expect(file.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(file.path).toBe(join(dirname(file.path), file.id));
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(file.path))).mode & 0o777).toBe(0o700);
  });

  it("hands the file once, to its owner only, and removes it from the disk as it does", async () => {
    const spool = new ExportSpool();
    spools.push(spool);
    const file = await spooled(spool);
    expect(await spool.take(file.id, 8)).toBeNull();
    const taken = await spool.take(file.id, 7);
    expect(taken).toMatchObject({ fileName: "行政复议案件.xlsx", size: 8 });
    await expect(stat(file.path)).rejects.toThrow();
    expect((await taken?.handle.readFile())?.toString()).toBe("PK-bytes");
    await taken?.handle.close();
    expect(await spool.take(file.id, 7)).toBeNull();
  });

  it("deletes a file nobody fetched once its time is up", async () => {
    const spool = new ExportSpool(30);
    spools.push(spool);
    const file = await spooled(spool);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(spool.has(file.id)).toBe(false);
    await expect(stat(file.path)).rejects.toThrow();
  });
});
