// The reference check on temp folders: a project with the real copies and a shared folder beside it.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot as realRoot } from "../test/support/paths.js";
import { checkReference } from "./check-reference.js";
import { REFERENCE_DIR, REFERENCE_FILES } from "./reference-files.js";

let base: string;
let projectRoot: string;
let sharedDir: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "fazhi-reference-"));
  projectRoot = join(base, "fazhi");
  sharedDir = join(base, "shared");
  await cp(join(realRoot, REFERENCE_DIR), join(projectRoot, REFERENCE_DIR), { recursive: true });
  for (const [copy, source] of Object.entries(REFERENCE_FILES)) {
    await mkdir(dirname(join(sharedDir, source)), { recursive: true });
    await cp(join(realRoot, REFERENCE_DIR, copy), join(sharedDir, source));
  }
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe("reference check", () => {
  it("passes when every copy equals its shared file", async () => {
    const result = await checkReference({ projectRoot, sharedDir, isCi: true });
    expect(result).toMatchObject({ isOk: true, isCompared: true });
  });

  it("fails naming the file whose copy differs, by a single byte", async () => {
    const source = join(sharedDir, REFERENCE_FILES["statutory-rules.md"]);
    await writeFile(source, `${await readFile(source, "utf8")} `);
    const result = await checkReference({ projectRoot, sharedDir, isCi: false });
    expect(result.isOk).toBe(false);
    expect(result.lines).toEqual([
      "error: docs/reference/statutory-rules.md differs from shared/domain/statutory-rules.md: copy it again and commit it",
    ]);
  });

  it("fails naming a copy missing from the repository or a file missing from the shared folder", async () => {
    await rm(join(projectRoot, REFERENCE_DIR, "cn-holidays.json"));
    await rm(join(sharedDir, REFERENCE_FILES["houma-2023-figures.md"]));
    const result = await checkReference({ projectRoot, sharedDir, isCi: false });
    expect(result.isOk).toBe(false);
    expect(result.lines.join("\n")).toMatch(/docs\/reference\/cn-holidays\.json is missing/);
    expect(result.lines.join("\n")).toMatch(/shared\/reference\/houma-2023-figures\.md is missing/);
  });

  it("fails naming a file in docs/reference that the list does not name", async () => {
    await writeFile(join(projectRoot, REFERENCE_DIR, "stray.md"), "x");
    const result = await checkReference({ projectRoot, sharedDir, isCi: false });
    expect(result).toMatchObject({ isOk: false, isCompared: true });
    expect(result.lines).toEqual([
      "error: docs/reference/stray.md is not listed in scripts/reference-files.ts",
    ]);
  });

  it("without a shared folder warns and passes outside CI, and fails in CI", async () => {
    await rm(sharedDir, { recursive: true });
    const local = await checkReference({ projectRoot, sharedDir, isCi: false });
    expect(local).toMatchObject({ isOk: true, isCompared: false });
    expect(local.lines[0]).toMatch(/^warning: shared folder not found at .*were not compared/);
    const ci = await checkReference({ projectRoot, sharedDir, isCi: true });
    expect(ci).toMatchObject({ isOk: false, isCompared: false });
    expect(ci.lines[0]).toMatch(/^error: shared folder not found/);
  });
});
