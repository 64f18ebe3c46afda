// Duty reports (述法) on a real database: the rule-of-law office puts an organisation on the year's
// plan, the organisation submits its report (and uploads it), the office returns it for rework or
// evaluates it with its panel; coverage is evaluated over required, without those taken off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../../../test/support/db.js";
import { errorOf } from "../../../test/support/engine.js";
import { createTestOrgs, createTestUser, testContext } from "../../../test/support/fixtures.js";
import { ruleFactsOf } from "../../calendar/index.js";
import { takeAction } from "../../engine/actions.js";
import { listAttachments, uploadAttachment } from "../../engine/files/attachments.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../engine/files/limits.js";
import { computeIndicators } from "../../engine/indicators.js";
import { getRecord } from "../../engine/records-read.js";
import { createRecord, updateRecord } from "../../engine/records-write.js";
import { checkDeclaration } from "../../kernel/check.js";
import type { SignedInUser } from "../../server/auth/actor-loader.js";
import { catalogueExists } from "../catalogues/index.js";
import { importSheetFile } from "../../engine/bulk/sheet-import.js";
import { sheetModelOf } from "../../kernel/sheet-model.js";
import type { CellValue, SheetFile } from "../../sheets/types.js";
import { dutyReport as type } from "./index.js";

let test: TestDatabase;
let orgs: Awaited<ReturnType<typeof createTestOrgs>>;
let office: SignedInUser;
let clerk: SignedInUser;
let townClerk: SignedInUser;
let leader: SignedInUser;
let context: ReturnType<typeof testContext>;

beforeAll(async () => {
  test = await freshDatabase();
  orgs = await createTestOrgs(test.db);
  const user = (username: string, orgId: number, role: "clerk" | "leader" | "lawOffice") =>
    createTestUser(test.db, {
      username,
      orgId,
      roles: [role],
      scope: role === "clerk" ? "own" : "all",
    });
  office = await user("fzb", orgs.city, "lawOffice");
  clerk = await user("scj_clerk", orgs.market, "clerk");
  townClerk = await user("ld_clerk", orgs.townshipA, "clerk");
  leader = await user("leader", orgs.city, "leader");
  context = testContext(test.db);
});
afterAll(() => test.drop());

const plan = (values: Record<string, unknown> = {}) => ({
  org: orgs.market,
  year: 2024,
  plannedOn: "2024-11-06",
  dueDate: "2024-12-25",
  ...values,
});
const submission = (values: Record<string, unknown> = {}) => ({
  reporterName: "田永刚",
  reporterPost: "党组书记、局长",
  mode: "written",
  submittedOn: "2024-12-02",
  ...values,
});
const panel = [
  { name: "郭振华", post: "市人大常委会法工委主任", score: 91, grade: "excellent" },
  { name: "常晓辉", post: "市政府法律顾问", score: 88, grade: "good" },
];
const evaluation = (values: Record<string, unknown> = {}) => ({
  evaluatedOn: "2024-12-20",
  score: 90,
  grade: "excellent",
  evaluators: panel,
  ...values,
});

async function act(id: number, actionId: string, values = {}, actor = office) {
  const record = await getRecord(context, type, actor, id);
  return takeAction(context, type, actor, { id, actionId, version: record.version, values });
}
const problemOf = async (promise: Promise<unknown>) => {
  const error = await errorOf(promise);
  return { kind: error.kind, field: error.problems[0]?.field, code: error.problems[0]?.code };
};

describe("the declaration", () => {
  it("is consistent", () => {
    expect(checkDeclaration(type, ruleFactsOf, catalogueExists)).toEqual([]);
  });
});

describe("the plan", () => {
  it("is set by the rule-of-law office, one record per organisation, waiting for its report", async () => {
    const row = await createRecord(context, type, office, plan());
    expect(row).toMatchObject({ state: "required", recordNumber: "侯述法〔2024〕1号" });
    expect((await errorOf(createRecord(context, type, clerk, plan()))).kind).toBe("forbidden");
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const count = async () =>
      (await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM r_duty_report"))[0]?.n;
    const before = await count();
    expect(await problemOf(createRecord(context, type, office, plan({ year: undefined })))).toEqual(
      {
        kind: "validation",
        field: "year",
        code: "field.required",
      },
    );
    expect(
      (await problemOf(createRecord(context, type, office, plan({ plannedOn: "2024-13-01" }))))
        .field,
    ).toBe("plannedOn");
    expect(
      (await problemOf(createRecord(context, type, office, plan({ org: undefined })))).field,
    ).toBe("org");
    // The evaluation is the office's, by action, never typed in with the plan.
    expect((await problemOf(createRecord(context, type, office, plan({ score: 95 })))).field).toBe(
      "score",
    );
    expect(await count()).toBe(before);
  });
});

describe("a report", () => {
  it("is submitted and uploaded by its organisation, returned, resubmitted and evaluated", async () => {
    const row = await createRecord(
      context,
      type,
      office,
      plan({ year: 2023, plannedOn: "2023-11-06" }),
    );
    expect(
      await problemOf(act(row.id, "submitReport", submission({ mode: undefined }), clerk)),
    ).toMatchObject({
      field: "mode",
      code: "field.required",
    });
    expect(
      await problemOf(
        act(row.id, "submitReport", submission({ submittedOn: "2023-10-30" }), clerk),
      ),
    ).toMatchObject({ field: "submittedOn", code: "leadership.dateOrder" });
    const file = await uploadAttachment(
      context,
      type,
      clerk,
      row.id,
      {
        field: "report",
        fileName: "述法报告.pdf",
        bytes: new TextEncoder().encode("%PDF-1.7\n述法报告\n%%EOF"),
      },
      DEFAULT_ATTACHMENT_LIMITS,
    );
    expect(file.fileName).toBe("述法报告.pdf");
    const submitted = await act(
      row.id,
      "submitReport",
      submission({ submittedOn: "2023-12-01" }),
      clerk,
    );
    expect(submitted.state).toBe("submitted");
    // The organisation does not mark its own report.
    expect((await errorOf(act(row.id, "evaluate", evaluation(), clerk))).kind).toBe("forbidden");
    const returned = await act(row.id, "returnForRework", {
      returnedOn: "2023-12-04",
      returnReason: "未对照职责清单逐项说明履职情况",
    });
    expect(returned.state).toBe("returned");
    await act(row.id, "submitReport", submission({ submittedOn: "2023-12-11" }), clerk);
    const cases: [Record<string, unknown>, string][] = [
      [{ evaluators: [] }, "evaluators"],
      [{ evaluators: [{ name: "郭振华", post: "主任", grade: "best" }] }, "evaluators[1].grade"],
      [{ score: 101 }, "score"],
      [{ evaluatedOn: "2023-12-08" }, "evaluatedOn"],
    ];
    for (const [values, field] of cases)
      expect(
        (
          await problemOf(
            act(row.id, "evaluate", evaluation({ evaluatedOn: "2024-01-12", ...values })),
          )
        ).field,
      ).toBe(field);
    const evaluated = await act(row.id, "evaluate", evaluation({ evaluatedOn: "2024-01-12" }));
    expect(evaluated).toMatchObject({ state: "evaluated" });
    expect(evaluated.values).toMatchObject({
      submittedOn: "2023-12-11",
      score: 90,
      evaluators: panel,
    });
    const frozen = await errorOf(
      updateRecord(context, type, clerk, row.id, {
        version: evaluated.version,
        values: { dueDate: "2023-12-31" },
      }),
    );
    expect(frozen.kind).toBe("invalidTransition");
    expect((await listAttachments(context, type, leader, row.id)).map((a) => a.fileName)).toEqual([
      "述法报告.pdf",
    ]);
    expect((await errorOf(getRecord(context, type, townClerk, row.id))).kind).toBe("notFound");
  });
});

describe("duty.lawDutyReportCoverage", () => {
  it("is organisations evaluated over organisations required, without those taken off the plan", async () => {
    const year = 2022;
    const put = (org: number) =>
      createRecord(context, type, office, plan({ org, year, plannedOn: "2022-11-07" }));
    const done = await put(orgs.market);
    await act(done.id, "submitReport", submission({ submittedOn: "2022-12-01" }));
    await act(done.id, "evaluate", evaluation({ evaluatedOn: "2022-12-20" }));
    const pending = await put(orgs.townshipA);
    await act(pending.id, "submitReport", submission({ submittedOn: "2022-12-05", mode: "oral" }));
    await put(orgs.townshipB);
    const gone = await put(orgs.justice);
    await act(gone.id, "remove", { removedOn: "2022-11-10", removalReason: "机构改革，职能划转" });
    const coverage = async () =>
      (
        await computeIndicators(test.db, {
          types: [type],
          actor: leader,
          orgId: orgs.city,
          periods: [{ from: "2022-01-01", to: "2022-12-31" }],
        })
      )[0]?.get("duty.lawDutyReportCoverage")?.value;
    expect(await coverage()).toBeCloseTo(1 / 3, 6);
    await act(pending.id, "evaluate", evaluation({ evaluatedOn: "2023-01-10" }));
    expect(await coverage()).toBeCloseTo(2 / 3, 6);
    // The market bureau put on the plan a second time still counts as one organisation.
    await put(orgs.market);
    expect(await coverage()).toBeCloseTo(2 / 3, 6);
  });
});

describe("the plan by spreadsheet", () => {
  const main = sheetModelOf(type).main;
  const rowOf = (line: number, cells: Record<string, CellValue>) => ({
    line,
    cells: Object.fromEntries(
      Object.entries(cells).map(([header, value]) => {
        const column = main.columns.find((candidate) => candidate.header === header);
        if (!column) throw new Error(`no column ${header}`);
        return [column.key, value];
      }),
    ),
  });
  const sheet = (rows: ReturnType<typeof rowOf>[]): SheetFile => ({
    format: "xlsx",
    encoding: null,
    sha256: "cd".repeat(32),
    bytes: 2048,
    rows,
    children: new Map(),
    problems: [],
  });

  it("loads the organisations required for a year, all or nothing", async () => {
    const count = async () =>
      (
        await test.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM r_duty_report WHERE year = 2024",
        )
      )[0]?.n;
    const before = await count();
    const bad = await importSheetFile(
      context,
      type,
      office,
      sheet([
        rowOf(3, { 序号: 1, 述法单位: "路西街道", 述法年度: 2024, 列入计划日期: "2024-11-06" }),
        rowOf(4, { 序号: 2, 述法单位: "不存在的单位", 述法年度: 2024, 列入计划日期: "2024-11-06" }),
      ]),
      { fileName: "2024年度述法计划.xlsx" },
    );
    expect(bad.ok).toBe(false);
    expect(await count()).toBe(before);
    const good = await importSheetFile(
      context,
      type,
      office,
      sheet([
        rowOf(3, { 序号: 1, 述法单位: "路西街道", 述法年度: 2024, 列入计划日期: "2024-11-06" }),
        rowOf(4, { 序号: 2, 述法单位: "141081-D01", 述法年度: 2024, 列入计划日期: "2024/11/6" }),
      ]),
      { fileName: "2024年度述法计划.xlsx" },
    );
    expect(good).toEqual({ ok: true, imported: 2, updated: 0, unchanged: 0, dryRun: false });
    expect(await count()).toBe((before ?? 0) + 2);
    const rows = await test.db.query<{ state: string; org: number }>(
      "SELECT state, org FROM r_duty_report WHERE year = 2024 AND org <> $1 ORDER BY id",
      [orgs.market],
    );
    expect(rows).toEqual([
      { state: "required", org: orgs.townshipB },
      { state: "required", org: orgs.justice },
    ]);
  });
});
