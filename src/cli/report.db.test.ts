// `fazhi report` writes the annual report of an organisation and year from its records, lists the
// figures that have no source by key, and names a bad option.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestOrgs, createTestUser, testContext } from "../../test/support/fixtures.js";
import { publicityProduction } from "../domains/publicity/index.js";
import { createRecord } from "../engine/records-write.js";
import { openDatabase } from "../runtime/database.js";
import { runCommand } from "./main.js";
import { useCliDataDir, type CliDataDir } from "../../test/support/cli-data-dir.js";

let dir: string;
let cli: CliDataDir;

beforeAll(async () => {
  cli = await useCliDataDir("fazhi-report-");
  dir = cli.dir;
  const database = await openDatabase({ url: undefined, dataDir: join(dir, "data") });
  const orgs = await createTestOrgs(database.db);
  const clerk = await createTestUser(database.db, {
    username: "clerk",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
  const context = testContext(database.db);
  for (const producedDate of ["2023-03-01", "2023-07-01", "2023-11-01"])
    await createRecord(context, publicityProduction, clerk, {
      title: `作品${producedDate}`,
      kind: "publicAd",
      producedDate,
      producerOrg: orgs.justice,
    });
  await database.close();
}, 120_000);

afterAll(() => cli.restore());

describe("fazhi report", () => {
  it("writes .docx and HTML with the figures of the records, listing missing ones by key", async () => {
    const docx = join(dir, "report.docx");
    const result = await runCommand([
      "report",
      "--org",
      "141081",
      "--year",
      "2023",
      "--format",
      "docx",
      "--out",
      docx,
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(docx);
    expect(result.stderr).toContain("enforcement.teams");
    const xml = await (
      await JSZip.loadAsync(await readFile(docx))
    )
      .file("word/document.xml")
      ?.async("string");
    expect(xml).toContain("草稿（未发布，仅供内部审阅）");
    // The document names a missing figure as people read it; the key is only in stderr.
    expect(xml).toContain("〔缺少数据：市级综合行政执法队领域数〕");
    expect(xml).not.toContain("〔缺少数据：licensing");
    expect(xml).toMatch(
      /<w:bookmarkStart w:name="publicity_videos_1" w:id="\d+"\/><w:r>.*?<w:t[^>]*>3<\/w:t>/,
    );
    const html = join(dir, "report.html");
    expect(
      (
        await runCommand([
          "report",
          "--org",
          "141081",
          "--year",
          "2023",
          "--format",
          "html",
          "--out",
          html,
        ])
      ).exitCode,
    ).toBe(0);
    expect(await readFile(html, "utf8")).toContain(
      'data-indicator="publicity.videos" data-status="ok">3</span>',
    );
    const strict = await runCommand([
      "report",
      "--org",
      "141081",
      "--year",
      "2023",
      "--out",
      docx,
      "--strict",
    ]);
    expect(strict.exitCode).toBe(1);
  });

  it("names the option that is wrong", async () => {
    const out = join(dir, "x.docx");
    expect(
      (await runCommand(["report", "--org", "141081", "--year", "23", "--out", out])).stderr,
    ).toContain("--year");
    expect(
      (
        await runCommand([
          "report",
          "--org",
          "141081",
          "--year",
          "2023",
          "--format",
          "pdf",
          "--out",
          out,
        ])
      ).stderr,
    ).toContain("--format");
    expect(
      (await runCommand(["report", "--org", "999999", "--year", "2023", "--out", out])).stderr,
    ).toContain("--org");
    expect((await runCommand(["report", "--year", "2023", "--out", out])).exitCode).toBe(2);
  });
});
