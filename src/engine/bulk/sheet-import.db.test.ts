import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, tableCounts, type TestDatabase } from "../../../test/support/db.js";
import {
  createTestOrgs,
  createTestUser,
  testContext,
  type TestOrgs,
} from "../../../test/support/fixtures.js";
import { legalAid } from "../../domains/legalAid/index.js";
import { reconsideration } from "../../domains/reconsideration/index.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import type { CellValue, SheetFile, SheetRow } from "../../sheets/types.js";
import { asSystem } from "../actor.js";
import { verifyAuditChain } from "../audit.js";
import { importSheetFile } from "./sheet-import.js";

let test: TestDatabase;
let orgs: TestOrgs;
const context = () => testContext(test.db, "2024-06-28T02:00:00Z");
const system = asSystem("测试导入");
const TABLES = ["r_reconsideration", "record_clock", "audit_event", "record_number"];

/** Cells by header, as a person fills the template; the model gives each header's key. */
function row(
  sheet: { columns: readonly { key: string; header: string }[] },
  line: number,
  cells: Record<string, CellValue>,
): SheetRow {
  const byKey: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(cells)) {
    const column = sheet.columns.find((candidate) => candidate.header === header);
    if (!column) throw new Error(`no column ${header}`);
    byKey[column.key] = value;
  }
  return { line, cells: byKey };
}

const model = sheetModelOf(reconsideration);
const [thirdParties] = model.children;

function file(rows: SheetRow[], children: SheetRow[] = []): SheetFile {
  return {
    format: "xlsx",
    encoding: null,
    sha256: "ab".repeat(32),
    bytes: 1234,
    rows,
    children: new Map(thirdParties ? [[thirdParties.field, children]] : []),
    problems: [],
  };
}

/** A case of 2023, decided and closed: every kind of field, named as people write them. */
const closedCase = (line: number, overrides: Record<string, CellValue> = {}) =>
  row(model.main, line, {
    序号: line - 2,
    状态: "已结案",
    申请人: "某某建材有限公司",
    申请人类型: "法人或其他组织",
    统一社会信用代码: "91141081MA0K3HQ707",
    申请人所属行业: "30 非金属矿物制品业",
    联系电话: 13912345678,
    复议机构: "侯马市司法局",
    被申请人: "141081-D02",
    行政行为类别: "行政处罚",
    被申请复议的行政行为: "罚款决定",
    "涉案金额（元）": "12,000.50",
    收到申请日期: new Date(Date.UTC(2023, 2, 1)),
    审理程序: "普通程序",
    受理日期: "2023/3/3",
    延长天数: 30,
    复议决定结果: "撤销",
    决定起草人: "clerk1",
    决定日期: "2023年4月20日",
    结案方式: "作出复议决定",
    结案日期: 45_040,
    ...overrides,
  });

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  await createTestUser(test.db, {
    username: "clerk1",
    orgId: orgs.justice,
    roles: ["clerk"],
    scope: "own",
  });
});
afterAll(() => test.drop());

describe("importing a reconsideration file", () => {
  let before: Record<string, number>;
  beforeEach(async () => {
    before = await tableCounts(test.db, TABLES);
  });

  it("imports closed historical cases with their clocks worked out from their dates", async () => {
    const header = model.main.columns.map((column) => column.header);
    expect(header.slice(0, 3)).toEqual(["序号", "编号", "状态"]);
    const outcome = await importSheetFile(
      context(),
      reconsideration,
      system,
      file(
        [
          closedCase(3, { 编号: "侯复〔2023〕7号" }),
          // Decided a month after the 60 days of 第62条 ran out (with no extension).
          closedCase(4, { 延长天数: null, 决定日期: "2023-06-30", 结案日期: "2023-07-03" }),
        ],
        thirdParties
          ? [
              row(thirdParties, 3, {
                序号: 1,
                [thirdParties.columns[1]?.header ?? ""]: "王秀兰",
                类型: "自然人",
                身份证号: "34052419800101001x",
              }),
            ]
          : [],
      ),
      { fileName: "复议案件.xlsx" },
    );
    expect(outcome).toEqual({ ok: true, imported: 2, updated: 0, unchanged: 0, dryRun: false });
    const records = await test.db.query(
      `SELECT id, record_number, state, amount_involved, handling_org, respondent_org, closed_date, decision_drafter,
         third_parties, applicant_industry, applicant_phone, extension_days, procedure, outcome
       FROM r_reconsideration ORDER BY id`,
    );
    expect(records.map((record) => record.record_number)).toEqual([
      "侯复〔2023〕7号",
      "侯复〔2023〕8号",
    ]);
    expect(records[0]).toMatchObject({
      state: "closed",
      amount_involved: 12000.5,
      handling_org: orgs.justice,
      respondent_org: orgs.market,
      closed_date: "2023-04-24",
      applicant_industry: "30",
      applicant_phone: "13912345678",
      extension_days: 30,
      procedure: "ordinary",
      outcome: "revoked",
    });
    expect(typeof records[0]?.decision_drafter).toBe("number");
    expect(records[0]?.third_parties).toEqual([
      expect.objectContaining({ name: "王秀兰", kind: "person", idNumber: "34052419800101001X" }),
    ]);
    const clocks = await test.db.query<{
      recordId: number;
      status: string;
      dueOn: string;
      stoppedOn: string;
    }>(
      `SELECT record_id AS "recordId", status, due_on AS "dueOn", stopped_on AS "stoppedOn" FROM record_clock
       WHERE record_type = 'reconsideration' AND clock_id = 'decision' ORDER BY record_id`,
    );
    expect(clocks).toHaveLength(2);
    const [onTime, late] = clocks;
    expect(onTime).toMatchObject({ status: "stopped", stoppedOn: "2023-04-20" });
    expect((onTime?.dueOn ?? "") >= "2023-04-20").toBe(true);
    expect(late).toMatchObject({ status: "stopped", stoppedOn: "2023-06-30" });
    expect((late?.dueOn ?? "9999") < "2023-06-30").toBe(true);
    const events = await test.db.query<{
      action: string;
      recordId: number | null;
      after: Record<string, unknown>;
    }>(
      `SELECT action, record_id AS "recordId", after FROM audit_event WHERE record_type = 'reconsideration' ORDER BY seq`,
    );
    expect(events.map((event) => event.action)).toEqual(["import", "import", "importBatch"]);
    expect(events[2]?.after).toMatchObject({
      records: 2,
      file: { name: "复议案件.xlsx", sha256: "ab".repeat(32) },
    });
    expect(await verifyAuditChain(test.db)).toMatchObject({ ok: true });
    // The year's sequence moved past the number the file carried.
    const [sequence] = await test.db.query<{ last: number }>(
      "SELECT last_number AS last FROM record_number WHERE record_type = 'reconsideration' AND year = 2023",
    );
    expect(sequence?.last).toBe(8);
  });

  it("imports nothing when one row is wrong, and names every bad row and column", async () => {
    const outcome = await importSheetFile(
      context(),
      reconsideration,
      system,
      file([
        closedCase(3),
        closedCase(4, { 受理日期: "2023-02-30" }),
        closedCase(5, { 结案日期: null, 审理程序: "快速程序" }),
        closedCase(6, { 复议机构: "不存在的局" }),
      ]),
      { fileName: "bad.xlsx" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        sheet: model.main.name,
        line: 4,
        column: "受理日期",
        message: "受理日期不是有效日期（YYYY-MM-DD）",
      },
      expect.objectContaining({ sheet: model.main.name, line: 5, column: "审理程序" }),
      {
        sheet: model.main.name,
        line: 5,
        column: "结案日期",
        message: "状态为“已结案”的记录须填写结案日期",
      },
      expect.objectContaining({
        sheet: model.main.name,
        line: 6,
        column: "复议机构",
        message: "复议机构“不存在的局”不是系统中的单位",
      }),
    ]);
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("refuses numbers repeated in the file or already taken", async () => {
    const outcome = await importSheetFile(
      context(),
      reconsideration,
      system,
      file([
        closedCase(3, { 编号: "侯复〔2023〕7号" }),
        closedCase(4, { 编号: "侯复〔2023〕30号" }),
        closedCase(5, { 编号: "侯复〔2023〕30号" }),
      ]),
      { fileName: "dup.xlsx" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [3, "编号"],
      [5, "编号"],
    ]);
    expect(outcome.problems[1]?.message).toContain("与本批第2条记录重复");
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
  });

  it("renumbers a copy, and checks a dry run without writing", async () => {
    const copy = file([closedCase(3, { 编号: "侯复〔2023〕7号" })]);
    const dry = await importSheetFile(context(), reconsideration, system, copy, {
      fileName: "copy.xlsx",
      renumber: true,
      dryRun: true,
    });
    expect(dry).toEqual({ ok: true, imported: 1, updated: 0, unchanged: 0, dryRun: true });
    expect(await tableCounts(test.db, TABLES)).toEqual(before);
    const real = await importSheetFile(context(), reconsideration, system, copy, {
      fileName: "copy.xlsx",
      renumber: true,
    });
    expect(real).toEqual({ ok: true, imported: 1, updated: 0, unchanged: 0, dryRun: false });
    const [last] = await test.db.query<{ number: string }>(
      "SELECT record_number AS number FROM r_reconsideration ORDER BY id DESC LIMIT 1",
    );
    expect(last?.number).toBe("侯复〔2023〕9号");
  });

  it("refuses a child row whose 序号 is not in the main sheet, and an owner outside the user's scope", async () => {
    const clerk = await createTestUser(test.db, {
      username: "clerk2",
      orgId: orgs.market,
      roles: ["clerk"],
      scope: "own",
    });
    const outcome = await importSheetFile(
      context(),
      reconsideration,
      clerk,
      file(
        [closedCase(3)],
        thirdParties
          ? [
              row(thirdParties, 3, {
                序号: 9,
                [thirdParties.columns[1]?.header ?? ""]: "王秀兰",
                类型: "自然人",
              }),
            ]
          : [],
      ),
      { fileName: "scope.xlsx" },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        sheet: model.main.name,
        line: 3,
        column: "复议机构",
        message: "复议机构不在您的管辖范围内",
      },
      { sheet: thirdParties?.name, line: 3, column: "序号", message: "主表中没有序号为9的记录" },
    ]);
  });
});

describe("importing legal aid (yes/no fields) in its first state", () => {
  it("reads 是 and 否, numbers the records and starts their examination clock", async () => {
    const aid = sheetModelOf(legalAid);
    const cells = (line: number, minor: CellValue) =>
      row(aid.main, line, {
        受援人: "李明",
        受援人身份证号: "34052419800101001X",
        法律援助机构: "侯马市司法局",
        案件来源: "当事人申请",
        案件类别: "民事",
        援助事项: "追索劳动报酬",
        案情摘要: "拖欠工资",
        收到申请或通知日期: "2024-06-24",
        未成年人: minor,
      });
    const outcome = await importSheetFile(
      context(),
      legalAid,
      system,
      { ...file([cells(3, "是"), cells(4, "否")]), children: new Map() },
      { fileName: "援助.csv" },
    );
    expect(outcome).toEqual({ ok: true, imported: 2, updated: 0, unchanged: 0, dryRun: false });
    const rows = await test.db.query<{
      state: string;
      isMinor: boolean;
      number: string;
      dueOn: string;
      status: string;
    }>(
      `SELECT r.state, r.is_minor AS "isMinor", r.record_number AS number, c.due_on AS "dueOn", c.status
       FROM r_legal_aid r JOIN record_clock c ON c.record_type = 'legalAid' AND c.record_id = r.id AND c.clock_id = 'examination'
       ORDER BY r.id`,
    );
    expect(rows.map((item) => [item.state, item.isMinor, item.status])).toEqual([
      ["received", true, "running"],
      ["received", false, "running"],
    ]);
    expect(rows[0]?.number).toMatch(/〔2024〕1号$/);
    expect((rows[0]?.dueOn ?? "") > "2024-06-24").toBe(true);
  });
});
