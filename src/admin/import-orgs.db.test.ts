// The org import on a database made by `fazhi init`: a county tree whose rows name parents that
// come later, every problem named by row and column with nothing written, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../test/support/db.js";
import { testContext } from "../../test/support/fixtures.js";
import { asSystem } from "../engine/actor.js";
import { orgSheetModel } from "../kernel/directory-sheets.js";
import { importOrgs } from "./import-orgs.js";
import { filledTemplate, gb18030Csv, initCounty } from "./import-testing.js";

let test: TestDatabase;
let rootId: number;
const actor = asSystem("命令行导入单位");
const TABLES = ["org", "audit_event", "record_type_version"];

beforeAll(async () => {
  test = await freshDatabase();
  rootId = await initCounty(test.db);
});
afterAll(() => test.drop());

interface OrgRow {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: string;
  path: string;
  sortOrder: number;
}

const orgsByCode = async () =>
  new Map(
    (
      await test.db.query<OrgRow>(
        `SELECT id, parent_id AS "parentId", code, name, kind, path, sort_order AS "sortOrder" FROM org`,
      )
    ).map((org) => [org.code, org]),
  );

const directoryVersion = async () =>
  (
    await test.db.query<{ version: number }>(
      "SELECT version FROM record_type_version WHERE record_type = '*'",
    )
  )[0]?.version ?? 0;

describe("importOrgs", () => {
  it("imports a county tree three levels deep, parents first whatever the row order", async () => {
    const file = await filledTemplate(orgSheetModel, [
      ["141021100-ZF-1", "乐昌镇综合行政执法队第一中队", "141021100-ZF", "执法队伍", null],
      ["141021100-ZF", "乐昌镇综合行政执法队", "141021100", "执法队伍", null],
      // Excel keeps a code typed as digits as a number: it reads back as the same code.
      [141021100, "乐昌镇", "141021", "乡镇", 2],
      ["141021-D01", "曲沃县司法局", "141021", "部门", 1],
      ["141021-D01-1", "曲沃县公共法律服务中心", "141021-D01", "中心/所", null],
    ]);
    expect(file.problems).toEqual([]);
    const before = await directoryVersion();
    const context = testContext(test.db);
    const result = await importOrgs(context, actor, file, { fileName: "单位.xlsx" });
    expect(result).toEqual({ ok: true, count: 5, dryRun: false });

    const orgs = await orgsByCode();
    const org = (code: string) => {
      const found = orgs.get(code);
      if (!found) throw new Error(`missing ${code}`);
      return found;
    };
    expect(org("141021100").parentId).toBe(rootId);
    expect(org("141021100-ZF").parentId).toBe(org("141021100").id);
    expect(org("141021100-ZF-1")).toMatchObject({
      parentId: org("141021100-ZF").id,
      name: "乐昌镇综合行政执法队第一中队",
      kind: "team",
      // The path lists every ancestor: subtree scopes depend on it.
      path: `/${rootId}/${org("141021100").id}/${org("141021100-ZF").id}/${org("141021100-ZF-1").id}/`,
    });
    expect(org("141021-D01")).toMatchObject({ kind: "department", sortOrder: 1 });
    expect(org("141021100").sortOrder).toBe(2);
    expect(org("141021-D01-1")).toMatchObject({ kind: "center", sortOrder: 0 });
    expect(await directoryVersion()).toBe(before + 1);

    const events = await test.db.query<{
      action: string;
      recordId: number | null;
      after: Record<string, unknown>;
      reason: string;
    }>(
      `SELECT action, record_id AS "recordId", after, reason FROM audit_event WHERE record_type = 'org' ORDER BY seq`,
    );
    const creates = events.filter((event) => event.action === "create");
    expect(creates.map((event) => event.after["code"])).toEqual([
      "141021100",
      "141021100-ZF",
      "141021100-ZF-1",
      "141021-D01",
      "141021-D01-1",
    ]);
    expect(creates[0]?.after).toMatchObject({
      id: org("141021100").id,
      name: "乐昌镇",
      active: true,
    });
    expect(events.at(-1)).toEqual({
      action: "importBatch",
      recordId: null,
      reason: "命令行导入单位",
      after: { file: "单位.xlsx", sha256: file.sha256, bytes: file.bytes, count: 5 },
    });
  });

  it("lists every bad row and column and writes nothing", async () => {
    const file = await filledTemplate(orgSheetModel, [
      ["141021-X1", "甲单位", "141021-X2", "部门", null],
      ["141021-X2", "乙单位", "141021-X1", "部门", null],
      ["141021-D01", "重复的司法局", "141021", "部门", null],
      ["曲沃#1", "丙单位", "141021", "科室", "第一"],
      ["141021-X3", "", "141021-NONE", "部门", null],
      ["141021-X4", "丁单位", "141021", "部门", null],
      ["141021-X4", "戊单位", null, "部门", null],
      ["141021-X5", "己单位", "141021-X5", "部门", 1.5],
    ]);
    const counts = await tableCounts(test.db, TABLES);
    const result = await importOrgs(testContext(test.db), actor, file, { fileName: "单位.xlsx" });
    const at = (line: number, column: string, message: string) => ({
      sheet: "单位",
      line,
      column,
      message,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        at(3, "上级单位代码", "上级单位关系构成循环：141021-X1 → 141021-X2 → 141021-X1"),
        at(4, "上级单位代码", "上级单位关系构成循环：141021-X1 → 141021-X2 → 141021-X1"),
        at(5, "单位代码", "单位代码“141021-D01”已存在于系统中"),
        at(6, "单位代码", "单位编码应为2至40位字母、数字或连字符"),
        at(
          6,
          "单位类型",
          "未知单位类型“科室”，应为：人民政府、部门、乡镇、街道、执法队伍、议事协调机构、中心/所",
        ),
        at(6, "排序", "排序应为整数"),
        at(7, "单位名称", "请填写单位名称"),
        at(7, "上级单位代码", "上级单位代码“141021-NONE”不存在：系统和本表中都没有此单位"),
        at(9, "单位代码", "单位代码“141021-X4”与第8行重复"),
        at(
          9,
          "上级单位代码",
          "请填写上级单位代码（系统中已有本级人民政府，每个单位都须有上级单位）",
        ),
        at(10, "上级单位代码", "上级单位不能是本单位"),
        at(10, "排序", "排序应为整数"),
      ],
    });
    expect(await tableCounts(test.db, TABLES)).toEqual(counts);
  });

  it("checks without writing on a dry run", async () => {
    const file = await filledTemplate(orgSheetModel, [
      ["141021101", "史村镇", "141021", "乡镇", null],
    ]);
    const counts = await tableCounts(test.db, TABLES);
    const result = await importOrgs(testContext(test.db), actor, file, {
      fileName: "单位.xlsx",
      dryRun: true,
    });
    expect(result).toEqual({ ok: true, count: 1, dryRun: true });
    expect(await tableCounts(test.db, TABLES)).toEqual(counts);
  });

  it("reads a GB18030 CSV saved by Excel, naming problems by the file", async () => {
    const header = ["单位代码", "单位名称", "上级单位代码", "单位类型"];
    const bad = await gb18030Csv(
      orgSheetModel,
      [header, ["141021102", "北董乡", "141021", "乡"]],
      "单位.csv",
    );
    expect(bad.encoding).toBe("gb18030");
    const refused = await importOrgs(testContext(test.db), actor, bad, { fileName: "单位.csv" });
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ sheet: "单位.csv", line: 2, column: "单位类型" }],
    });
    const good = await gb18030Csv(
      orgSheetModel,
      [header, ["141021102", "北董乡", "141021", "乡镇"]],
      "单位.csv",
    );
    expect(await importOrgs(testContext(test.db), actor, good, { fileName: "单位.csv" })).toEqual({
      ok: true,
      count: 1,
      dryRun: false,
    });
    expect((await orgsByCode()).get("141021102")).toMatchObject({
      name: "北董乡",
      kind: "township",
      parentId: rootId,
    });
  });

  it("refuses a file without the required columns, or without rows", async () => {
    const missing = await gb18030Csv(
      orgSheetModel,
      [
        ["单位代码", "单位名称", "上级单位代码"],
        ["141021-X9", "某单位", "141021"],
      ],
      "a.csv",
    );
    const result = await importOrgs(testContext(test.db), actor, missing, { fileName: "a.csv" });
    // Said once for the column, not again on every row.
    expect(result).toEqual({
      ok: false,
      problems: [{ sheet: "a.csv", line: 1, column: "单位类型", message: "缺少必填列“单位类型”" }],
    });
    const empty = await filledTemplate(orgSheetModel, []);
    expect(await importOrgs(testContext(test.db), actor, empty, { fileName: "b.xlsx" })).toEqual({
      ok: false,
      problems: [{ sheet: "单位", line: 0, column: "", message: "文件中没有单位" }],
    });
  });
});

describe("importOrgs on a database without orgs", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await freshDatabase();
  });
  afterAll(() => empty.drop());

  it("takes one row without a parent as the root, and refuses a second", async () => {
    const twoRoots = await filledTemplate(orgSheetModel, [
      ["141021", "曲沃县人民政府", null, "人民政府", null],
      ["141022", "翼城县人民政府", null, "人民政府", null],
    ]);
    expect(
      await importOrgs(testContext(empty.db), actor, twoRoots, { fileName: "x.xlsx" }),
    ).toEqual({
      ok: false,
      problems: [
        {
          sheet: "单位",
          line: 4,
          column: "上级单位代码",
          message: "只能有一个最上级单位（第3行已是）：请填写上级单位代码",
        },
      ],
    });
    const tree = await filledTemplate(orgSheetModel, [
      ["141021-D01", "曲沃县司法局", "141021", "部门", null],
      ["141021", "曲沃县人民政府", null, "人民政府", null],
    ]);
    expect(
      await importOrgs(testContext(empty.db), actor, tree, { fileName: "x.xlsx" }),
    ).toMatchObject({
      ok: true,
      count: 2,
    });
    const orgs = await empty.db.query<{
      code: string;
      parentId: number | null;
      path: string;
      id: number;
    }>(`SELECT id, code, parent_id AS "parentId", path FROM org ORDER BY path`);
    expect(orgs.map((org) => [org.code, org.parentId === null])).toEqual([
      ["141021", true],
      ["141021-D01", false],
    ]);
    expect(orgs[1]?.path).toBe(`/${orgs[0]?.id}/${orgs[1]?.id}/`);
  });
});
